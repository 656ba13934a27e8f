package org.ispc.blog.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headers file for the hosts, on a hand-made site folder: no bake. */
class HostingFilesTest {

    /** How many rules of _headers Cloudflare Pages reads; it leaves out the rest. */
    private static final int CLOUDFLARE_RULES = 100;

    @TempDir
    Path site;

    /**
     * On a site with more files than Cloudflare reads rules, the style sheet and the scripts keep their year-long
     * cache: their rules come right after the site-wide one, before the pictures' and long before the pages'.
     */
    @Test
    void theYearLongRulesComeFirstWhereCloudflareReadsThem() throws IOException {
        for (int i = 0; i < 150; i++) {
            write("blog/article-" + i + "/index.html");
            write("images/photo-" + i + ".0123456789.webp");
        }
        write("index.html");
        write("css/site.0123456789.css");
        write("js/search.abcdef0123.js");
        write("favicon.ico");

        List<String> rules = HostingFiles.headers(site)
                .lines()
                .filter(l -> l.startsWith("/"))
                .toList();

        assertEquals("/*", rules.get(0));
        assertEquals(List.of("/css/site.0123456789.css", "/js/search.abcdef0123.js"), rules.subList(1, 3));
        assertEquals("/images/photo-0.0123456789.webp", rules.get(3));
        assertEquals(1 + 150 + 150 + 4, rules.size(), "one rule per file, and the site-wide one");
        int lastYearLong = rules.indexOf("/images/photo-99.0123456789.webp");
        int firstRevalidated = rules.indexOf("/blog/article-0/");
        assertTrue(lastYearLong < firstRevalidated, "the pictures' rules before the pages'");
        assertTrue(rules.indexOf("/js/search.abcdef0123.js") < CLOUDFLARE_RULES);
    }

    private void write(String path) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path);
    }
}
