package org.ispc.blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ispc.blog.diag.Finding;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which files of a project would be published at an address the build writes itself (no bake here). */
class ReservedAddressesTest {

    private static final Set<String> DOCUMENTS = Set.of("adoc", "asciidoc", "ad", "html", "md", "yml", "yaml");

    private static final Map<String, String> OLD_ADDRESSES = Map.of("/blog/old-sciatica", "/blog/sciatica-basics/");

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "content/tags.adoc, /tags/",
        "content/tags/neck-pain.adoc, /tags/",
        "content/archive.adoc, /archive.html",
        "content/feed.adoc, /feed.xml",
        "content/sitemap.adoc, /sitemap.xml",
        "content/404.adoc, /404.html",
        "content/index.adoc, /index.html",
        "content/robots.adoc, /robots.txt",
        "content/search-index.adoc, /search-index.json",
        "content/2.adoc, /2/",
        "content/robots.txt, /robots.txt",
        "content/feed.xml, /feed.xml",
        "content/_redirects, /_redirects",
        "content/search-index.json, /search-index.json",
        "content/tags/list.txt, /tags/",
        "assets/_headers, /_headers",
        "assets/sitemap.xml, /sitemap.xml",
        "assets/index.html, /index.html",
        "assets/404.html, /404.html",
        "assets/archive.html, /archive.html",
        "assets/tags/index.html, /tags/",
        "assets/3/index.html, /3/",
        "content/blog/old-sciatica.adoc, /blog/old-sciatica",
        "assets/blog/old-sciatica/index.html, /blog/old-sciatica",
        "assets/blog/old-sciatica, /blog/old-sciatica"
    })
    void aFileAtAnAddressTheBuildWritesIsAnErrorAtThatFile(String path, String address) throws IOException {
        write(path);

        List<Finding> found = ReservedAddresses.check(root, DOCUMENTS, OLD_ADDRESSES);

        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(path, f.at().path());
        assertEquals(ReservedAddresses.RULE, f.rule().toString());
        assertEquals(true, f.isError());
        assertEquals(true, f.message().contains(address), f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "content/about.adoc",
                "content/search.adoc", // the search page is the writers' own: the build writes only its index
                "content/blog/tags.adoc",
                "content/blog/2.adoc",
                "content/partials/index.adoc",
                "content/images/feed.xml",
                "content/index.html", // not copied: content/not-asciidoc tells what to do with it
                "content/.index.adoc",
                "assets/css/site.css",
                "assets/favicon.ico",
                "assets/index.txt",
                "content/blog/sciatica-basics.adoc", // where the old address leads
                "content/blog/old-sciatica-and-more.adoc"
            })
    void otherFilesAreFine(String path) throws IOException {
        write(path);

        assertEquals(List.of(), ReservedAddresses.check(root, DOCUMENTS, OLD_ADDRESSES));
    }

    private void write(String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }
}
