package org.ispc.blog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private SiteServer server;

    record Case(String name, String path, int status, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void serveASmallSite(@TempDir Path dir) throws IOException {
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.writeString(www.resolve("index.html"), "home");
        Files.writeString(www.resolve("404.html"), "not found");
        Files.createDirectories(www.resolve("blog/x"));
        Files.writeString(www.resolve("blog/x/index.html"), "article x");
        Files.createDirectories(www.resolve("tags"));
        Files.writeString(www.resolve("tags/back-pain.html"), "tag");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(www.resolve("link.txt"), dir.resolve("secret.txt"));
        server = SiteServer.start(www);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    Stream<Case> cases() {
        return Stream.of(
                new Case("home", "/", 200, "home"),
                new Case("clean URL", "/blog/x/", 200, "article x"),
                new Case("folder without its slash", "/blog/x", 301, ""),
                new Case("file", "/tags/back-pain.html", 200, "tag"),
                new Case("missing page", "/nope/", 404, "not found"),
                new Case("dot-dot", "/../secret.txt", 404, "not found"),
                new Case("encoded dot-dot", "/%2e%2e/secret.txt", 404, "not found"),
                new Case("symbolic link out of the folder", "/link.txt", 404, "not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void servesOnlyTheSiteFolderWithCleanUrls(Case c) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(server.url(c.path()))).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(c.status(), response.statusCode());
        assertEquals(c.body(), response.body());
    }

    @Test
    void remembersWhatItCouldNotServe() throws Exception {
        server.takeMissed();
        client.send(
                HttpRequest.newBuilder(URI.create(server.url("/gone.css"))).build(),
                HttpResponse.BodyHandlers.discarding());

        assertEquals(List.of("/gone.css"), server.takeMissed());
        assertEquals(List.of(), server.takeMissed());
    }
}
