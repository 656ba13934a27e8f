package org.ispc.blog.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ispc.blog.pipeline.SiteBuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview defends itself against web pages and clients that misbehave: a page of another site that reaches it
 * by DNS rebinding, and tabs that hold reload streams open. A stand-in build serves one page; no JBake here.
 */
class PreviewGuardTest {

    @TempDir
    Path root;

    private PreviewServer server;
    private int port;
    private final List<Socket> open = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Path page = root.resolve(SiteBuild.PREVIEW).resolve("index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html><html><head><title>t</title></head><body>Draft text</body></html>");
        server = PreviewServer.start(
                root, 0, changed -> new SiteBuild.Outcome(true, List.of(), root.resolve(SiteBuild.PREVIEW), List.of()));
        port = server.address().getPort();
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : open) {
            s.close();
        }
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:%d", "localhost:%d", "LOCALHOST:%d"})
    void thePreviewsOwnAddressesAreAnswered(String host) throws IOException {
        String response = RawHttp.get(port, "/", host.formatted(port));

        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.contains("Draft text"), response);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "attacker.example:%d", // DNS rebinding: the attacker's name, now pointing at 127.0.0.1
                "127.0.0.1.attacker.example:%d",
                "127.0.0.1:1%d",
                "localhost",
                "",
                "192.168.1.20:%d"
            })
    void anyOtherHostIsRefusedWithoutAWordOfTheSite(String host) throws IOException {
        for (String path : List.of("/", PageOverlay.EVENTS, PageOverlay.RELOAD_JS)) {
            String response = RawHttp.get(port, path, host.formatted(port));

            assertTrue(response.startsWith("HTTP/1.1 421"), path + ": " + response);
            assertTrue(response.contains("http://127.0.0.1:" + port + "/"), response);
            assertTrue(!response.contains("Draft text"), response);
        }
    }

    @Test
    void aRequestWithoutHostIsRefused() throws IOException {
        String response = RawHttp.exchange(port, "GET / HTTP/1.0\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 421"), response);
    }

    @Test
    void reloadStreamsAreCappedAndClosedTabsFreeTheirPlace() throws IOException {
        URI events = server.address().resolve(PageOverlay.EVENTS);
        for (int i = 0; i < ReloadEvents.MAX_LISTENERS; i++) {
            open.add(RawHttp.openStream(port, events.getRawPath()));
        }

        String refused = RawHttp.get(port, PageOverlay.EVENTS, "127.0.0.1:" + port);
        assertTrue(refused.startsWith("HTTP/1.1 503"), refused);
        assertTrue(refused.contains("close"), refused);
        assertTrue(RawHttp.get(port, "/", "127.0.0.1:" + port).startsWith("HTTP/1.1 200"), "pages are still served");

        // the writer closes the tabs: their places go to new pages
        for (Socket s : open) {
            s.close();
        }
        open.clear();
        for (int i = 0; i < ReloadEvents.MAX_LISTENERS; i++) {
            open.add(RawHttp.openStream(port, events.getRawPath()));
        }
        assertEquals(ReloadEvents.MAX_LISTENERS, open.size());
    }

    /**
     * The writing tool saves through /api/v1 with JSON from the preview's own pages only: another site's page can
     * send a form to 127.0.0.1, or JSON with its own Origin, and neither may write the working copy.
     */
    @Test
    void theWritingToolsEndpointTakesJsonFromThePreviewsOwnPagesOnly() throws IOException {
        String own = "http://127.0.0.1:" + port;
        String save = "{\"action\":\"persistEntry\",\"params\":{\"entry\":{\"path\":\"content/blog/x.adoc\","
                + "\"raw\":\"= X\\n\"},\"assets\":[]}}";

        assertTrue(post("text/plain", own, save).startsWith("HTTP/1.1 415"));
        assertTrue(post("application/json", "http://evil.example", save).startsWith("HTTP/1.1 403"));
        String get = RawHttp.get(port, PreviewServer.LOCAL_BACKEND, "127.0.0.1:" + port);
        assertTrue(get.startsWith("HTTP/1.1 405") && get.contains("Allow: POST"), get);
        assertTrue(Files.notExists(root.resolve("content/blog/x.adoc")), "nothing is written");

        String info = post("application/json", own, "{\"action\":\"info\",\"params\":{}}");
        assertTrue(info.startsWith("HTTP/1.1 200") && info.contains("application/json"), info);
    }

    private String post(String type, String origin, String json) throws IOException {
        byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return RawHttp.exchange(
                port,
                "POST " + PreviewServer.LOCAL_BACKEND + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: "
                        + type + "\r\nOrigin: " + origin + "\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n" + json);
    }
}
