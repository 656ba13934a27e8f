package org.ispc.blog.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private SearchIndex() {}

    public static void write(Path site, Catalog catalog, boolean preview) {
        // each entry on its own, on every core: the preview writes the index again at every save
        List<Map<String, String>> entries = new ArrayList<>(catalog.visible(preview).parallelStream()
                .filter(Manuscript::isPost)
                .map(m -> {
                    Map<String, String> e = new LinkedHashMap<>();
                    e.put("title", m.title());
                    e.put("url", m.url());
                    e.put("summary", m.summary());
                    e.put("date", m.date().map(Object::toString).orElse(""));
                    e.put("text", distinctWords(catalog.plainText(m)));
                    return e;
                })
                .toList());
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
        Set<String> seen = new HashSet<>();
        StringBuilder words = new StringBuilder(text.length() / 2);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isWhiteSpaceInJavaScript(text.charAt(i))) {
                if (start >= 0 && seen.add(text.substring(start, i))) {
                    if (words.length() > 0) {
                        words.append(' ');
                    }
                    words.append(text, start, i);
                }
                start = -1;
            } else if (start < 0) {
                start = i;
            }
        }
        return words.toString();
    }

    /** What JavaScript's {@code \s} matches, where the script splits a query: words are cut at the same places. */
    static boolean isWhiteSpaceInJavaScript(char c) {
        return switch (c) {
            case '\t',
                    '\n',
                    '\u000B',
                    '\f',
                    '\r',
                    ' ',
                    '\u00A0',
                    '\u1680',
                    '\u2028',
                    '\u2029',
                    '\u202F',
                    '\u205F',
                    '\u3000',
                    '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }
}
