package org.ispc.blog.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Pure unit tests of the path rules, on a hand-made folder: no bake, no server. */
class SiteFolderTest {

    @TempDir
    Path project;

    private SiteFolder folder;

    @BeforeEach
    void layOut() throws IOException {
        Path site = project.resolve("target/preview");
        for (String page : new String[] {"index.html", "blog/x/index.html", "css/site.css", "404.html", "a+b.txt"}) {
            write(site.resolve(page), page);
        }
        Files.createDirectories(site.resolve("empty"));
        // bait: what an escape from target/preview would reach
        write(project.resolve("pom.xml"), "SECRET");
        write(project.resolve("jbake.properties"), "SECRET");
        write(project.resolve("target/pom.xml"), "SECRET");
        write(project.resolve("target/preview-secret/x.txt"), "SECRET");
        Files.createSymbolicLink(site.resolve("leak.txt"), project.resolve("pom.xml"));
        Files.createSymbolicLink(site.resolve("outside"), project);
        Files.createSymbolicLink(site.resolve("alias.css"), site.resolve("css/site.css"));
        folder = new SiteFolder(site);
    }

    record Case(String name, String rawPath, String expected) {
        @Override
        public String toString() {
            return name + " " + rawPath;
        }
    }

    static Stream<Case> paths() {
        return Stream.of(
                new Case("home", "/", "found index.html"),
                new Case("clean URL", "/blog/x/", "found blog/x/index.html"),
                new Case("file", "/css/site.css", "found css/site.css"),
                new Case("plus is a plus", "/a+b.txt", "found a+b.txt"),
                new Case("encoded plain letters", "/css/%73ite.css", "found css/site.css"),
                new Case("symlink inside the site", "/alias.css", "found alias.css"),
                new Case("folder without slash", "/blog/x", "redirect /blog/x/"),
                new Case("folder without index", "/empty/", "missing"),
                new Case("folder without index, no slash", "/empty", "missing"),
                new Case("unknown", "/nope/", "missing"),
                new Case("parent", "/../pom.xml", "missing"),
                new Case("parent twice", "/blog/../../jbake.properties", "missing"),
                new Case("parent inside the site", "/blog/../index.html", "missing"),
                new Case("dot segment", "/./index.html", "missing"),
                new Case("encoded dots", "/%2e%2e/pom.xml", "missing"),
                new Case("encoded dots, capitals", "/%2E%2E/pom.xml", "missing"),
                new Case("encoded slash", "/..%2fpom.xml", "missing"),
                new Case("encoded slash, capital", "/..%2Fpom.xml", "missing"),
                new Case("encoded backslash", "/..%5cpom.xml", "missing"),
                new Case("backslash", "/..\\pom.xml", "missing"),
                new Case("NUL", "/index.html%00.txt", "missing"),
                new Case("overlong UTF-8 dot", "/%c0%ae%c0%ae/pom.xml", "missing"),
                new Case("malformed escape", "/index%zz.html", "missing"),
                new Case("cut escape", "/index.html%2", "missing"),
                new Case("double slash", "//etc/passwd", "missing"),
                new Case("empty segment", "/blog//x/", "missing"),
                new Case("sibling folder with the same prefix", "/../preview-secret/x.txt", "missing"),
                new Case("symlink to a file outside", "/leak.txt", "missing"),
                new Case("symlink to a folder outside", "/outside/jbake.properties", "missing"),
                new Case("no leading slash", "index.html", "missing"));
    }

    @ParameterizedTest
    @MethodSource("paths")
    void looksUp(Case c) {
        assertEquals(c.expected(), describe(folder.lookup(c.rawPath(), null)));
    }

    @ParameterizedTest
    @CsvSource({
        "/blog/x, a=1, /blog/x/?a=1",
        "/blog/x, , /blog/x/",
    })
    void redirectsKeepTheQuery(String rawPath, String query, String location) {
        assertEquals(new SiteFolder.Redirect(location), folder.lookup(rawPath, query));
    }

    @ParameterizedTest
    @CsvSource({
        "index.html, text/html; charset=utf-8",
        "site.css, text/css; charset=utf-8",
        "reload.js, text/javascript; charset=utf-8",
        "feed.xml, application/xml; charset=utf-8",
        "logo.svg, image/svg+xml",
        "photo.PNG, image/png",
        "photo.jpg, image/jpeg",
        "photo.webp, image/webp",
        "data.json, application/json",
        "robots.txt, text/plain; charset=utf-8",
        "archive.tar, application/octet-stream",
    })
    void contentTypes(String name, String type) {
        assertEquals(type, ContentTypes.of(Path.of(name)));
    }

    /**
     * A build puts its site in place with two renames (the last site aside, the new one in): a request that comes
     * between them waits for the new site instead of being told that nothing is there. A file that is really missing
     * is reported at once.
     */
    @Test
    void aRequestDuringTheSwapOfSitesGetsTheNewSite() throws Exception {
        Path site = project.resolve("target/preview");
        Path fresh = project.resolve("target/preview.staging");
        write(fresh.resolve("admin/yaml/index.js"), "new");
        Files.move(site, project.resolve("target/preview.previous"));
        Thread promote = new Thread(() -> {
            try {
                Thread.sleep(300);
                Files.move(fresh, site);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        promote.start();

        assertEquals("found admin/yaml/index.js", describe(folder.lookup("/admin/yaml/index.js", null)));
        promote.join();
        long start = System.nanoTime();
        assertEquals("missing", describe(folder.lookup("/admin/yaml/gone.js", null)));
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "a missing file outside a swap is answered at once");
    }

    private String describe(SiteFolder.Lookup lookup) {
        if (lookup instanceof SiteFolder.Found found) {
            return "found " + found.page();
        }
        if (lookup instanceof SiteFolder.Redirect redirect) {
            return "redirect " + redirect.location();
        }
        return "missing";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
