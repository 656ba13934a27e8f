package org.ispc.blog.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.Manuscript;

/**
 * The index the search page reads: every published article's title, address, summary and text, newest
 * first. Built during the bake, so search needs no server; the page's script only filters it.
 */
public final class SearchIndex {

    public static final String FILE = "search-index.json";

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
            e.put("text", catalog.plainText(m));
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
}
