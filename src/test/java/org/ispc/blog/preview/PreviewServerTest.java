package org.ispc.blog.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview over HTTP with real bakes of the "basic" fixture. The read-only tests share one server (one
 * bake); the editing test has its own site and server, in {@link PreviewEditTest}: this class's server holds JBake,
 * one per JVM, until it stops. Each bake takes seconds, so there are few of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewServerTest {

    private static final String ARTICLE = "/blog/sciatica-basics/";
    private static final String SECRET = "Secretmarker";

    private Path shared;
    private PreviewServer server;
    private PreviewClient browser;

    @BeforeAll
    void startOnTheBasicSite(@TempDir Path dir) throws Exception {
        shared = dir;
        TestSite site = TestSite.create(shared, "basic");
        // what an escape from target/preview would reach
        site.write("pom.xml", SECRET);
        site.write("target/pom.xml", SECRET);
        site.write("target/jbake.properties", SECRET);
        server = PreviewServer.start(site.root(), 0, TestSite.SharedAsciidoctor.get(), TestSite.CLOCK);
        browser = new PreviewClient(server.address());
        Path preview = shared.resolve(SiteBuild.PREVIEW);
        assertTrue(Files.isRegularFile(preview.resolve("index.html")), "the first build failed: see the test output");
        Files.createSymbolicLink(preview.resolve("leak.txt"), shared.resolve("target/pom.xml"));
        Files.createSymbolicLink(preview.resolve("outside"), shared);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /**
     * A build that stops with an exception (a bug of the build, not of the writer's files) is shown to the writer
     * as preview/build-stopped, and the preview keeps answering.
     */
    @Test
    void aBuildThatStopsUnexpectedlyIsAMessageOnThePage(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        try (PreviewServer stopped = PreviewServer.start(site.root(), 0, changed -> {
            throw new IllegalStateException("a bug of the build");
        })) {
            HttpResponse<String> page = new PreviewClient(stopped.address()).get("/");

            assertEquals(404, page.statusCode());
            assertTrue(page.body().contains("Message id: preview/build-stopped"), page.body());
            assertTrue(page.body().contains("a bug of the build"), page.body());
        }
    }

    /** The console line before each rebuild says what the writer did, with a file they know. */
    @Test
    void theConsoleSaysWhichFileWasSavedOrRemoved() {
        String article = "content/blog/sciatica-basics.adoc";
        assertEquals("Saved " + article, server.describe(java.util.Set.of(article)));
        assertEquals(
                "Saved " + article + " and 1 more",
                server.describe(java.util.Set.of("content/blog/.#sciatica-basics.adoc", article)));
        assertEquals("Removed content/blog/gone.adoc", server.describe(java.util.Set.of("content/blog/gone.adoc")));
    }

    @Test
    void servesTheBakedPagesWithTheReloadScriptAddedOnlyOnTheWay() {
        HttpResponse<String> home = browser.get("/");
        assertEquals(200, home.statusCode());
        assertEquals(
                "text/html; charset=utf-8",
                home.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(
                Jsoup.parse(home.body())
                        .select("main .teaser h2 a")
                        .eachAttr("href")
                        .contains(ARTICLE),
                home.body());

        HttpResponse<String> article = browser.get(ARTICLE);
        assertEquals(200, article.statusCode());
        Document page = Jsoup.parse(article.body());
        assertEquals("Sciatica Basics", page.expectFirst("h1").text());
        assertTrue(article.body().contains(PageOverlay.SCRIPT_TAG + "</body>"), article.body());
        assertEquals(List.of(PageOverlay.RELOAD_JS), page.select("script[src]").eachAttr("src"));

        TestSite.files(shared.resolve(SiteBuild.PREVIEW))
                .forEach((path, text) -> assertFalse(text.contains("__preview"), "preview code baked into " + path));
        assertFalse(Files.exists(shared.resolve(SiteBuild.WWW)), "the preview never writes the published folder");
    }

    @Test
    void aFolderWithoutItsSlashRedirectsAndOtherFilesKeepTheirType() {
        HttpResponse<String> redirect = browser.get("/blog/sciatica-basics");
        assertEquals(301, redirect.statusCode());
        assertEquals(ARTICLE, redirect.headers().firstValue("Location").orElseThrow());

        String stylesheet =
                browser.page(ARTICLE).expectFirst("link[rel=stylesheet]").attr("href");
        HttpResponse<String> css = browser.get(stylesheet);
        assertEquals(200, css.statusCode());
        assertEquals(
                "text/css; charset=utf-8",
                css.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(css.body().contains("__preview"));

        HttpResponse<String> script = browser.get(PageOverlay.RELOAD_JS);
        assertEquals(
                "text/javascript; charset=utf-8",
                script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("new EventSource('/__preview/events')"), script.body());
        assertEquals(200, browser.get(PageOverlay.PANEL_CSS).statusCode());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/no-such-page/",
                "/../pom.xml",
                "/%2e%2e/pom.xml",
                "/..%2fpom.xml",
                "/blog/../../jbake.properties",
                "/blog/%2e%2e/%2e%2e/pom.xml",
                "/leak.txt",
                "/outside/pom.xml",
                "/outside/target/pom.xml",
            })
    void anythingOutsideTheSiteIsTheSitesNotFoundPage(String rawPath) {
        HttpResponse<String> response = browser.get(rawPath);

        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains(SECRET));
        assertEquals(
                "We could not find that page",
                Jsoup.parse(response.body()).expectFirst("h1").text());
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws IOException {
        InetSocketAddress bound = new InetSocketAddress(
                server.address().getHost(), server.address().getPort());
        assertTrue(bound.getAddress().isLoopbackAddress(), bound.toString());

        for (InetAddress other : otherAddresses()) {
            try (Socket socket = new Socket()) {
                assertThrows(
                        IOException.class,
                        () -> socket.connect(new InetSocketAddress(other, bound.getPort()), 2000),
                        "reachable on " + other);
            }
        }
    }

    /** This machine's addresses other than loopback, where the preview must not answer. */
    private static List<InetAddress> otherAddresses() throws IOException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && a instanceof Inet4Address)
                .toList();
    }
}
