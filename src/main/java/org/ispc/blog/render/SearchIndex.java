package org.ispc.blog.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.Manuscript;

/**
 * The index the search page reads: every published article's title, address, summary and words, newest
 * first. Built during the bake, so search needs no server; the page's script only filters it.
 *
 * <p>An article's text is kept as its distinct words, in the order they first appear. The script splits a query
 * at white space and looks for each part inside the entry, so a part is found inside one word of the text or
 * not at all: the distinct words give the same matches as the whole text, and a reader's phone downloads a
 * fraction of it.
 */
public final class SearchIndex {

    public static final String FILE = "search-index.json";

    /** What JavaScript's {@code \s} matches, where the script splits a query: words are cut at the same places. */
    static final Pattern WHITE_SPACE = Pattern.compile(
            "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");

    private SearchIndex() {}

    public static void write(Path site, Catalog catalog, boolean preview) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (Manuscript m : catalog.visible(preview)) {
            if (!m.isPost()) {
                continue;
            }
            Map<String, String> e = new LinkedHashMap<>();
            e.put("title", m.title());
            e.put("url", m.url());
            e.put("summary", m.summary());
            e.put("date", m.date().map(Object::toString).orElse(""));
            e.put("text", distinctWords(catalog.plainText(m)));
            entries.add(e);
        }
        entries.sort((a, b) -> b.get("date").compareTo(a.get("date")) != 0
                ? b.get("date").compareTo(a.get("date"))
                : a.get("url").compareTo(b.get("url")));
        try {
            new ObjectMapper().writeValue(site.resolve(FILE).toFile(), entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each word of {@code text} once, in the order of its first appearance, separated by spaces. */
    static String distinctWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : WHITE_SPACE.split(text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }
}
