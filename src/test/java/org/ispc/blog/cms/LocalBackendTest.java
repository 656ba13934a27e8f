package org.ispc.blog.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Decap CMS's proxy protocol, as the preview speaks it: what it reads and writes, and what it refuses. */
class LocalBackendTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private JsonNode ask(String action, String params) throws Exception {
        return JSON.readTree(
                new LocalBackend(root).answer("{\"action\":\"" + action + "\",\"params\":" + params + "}"));
    }

    @Test
    void articlesAreListedReadAndSavedInTheWorkingCopy() throws Exception {
        Files.createDirectories(root.resolve("content/blog"));
        Files.writeString(root.resolve("content/blog/a.adoc"), "= A\n\nText\n");
        Files.writeString(root.resolve("content/blog/notes.txt"), "not an article");

        assertEquals("local_fs", ask("info", "{}").get("type").asText());
        JsonNode listed = ask("entriesByFolder", "{\"folder\":\"content/blog\",\"extension\":\"adoc\",\"depth\":1}");
        assertEquals(1, listed.size());
        assertEquals("content/blog/a.adoc", listed.get(0).at("/file/path").asText());
        assertEquals("= A\n\nText\n", listed.get(0).get("data").asText());
        assertEquals(64, listed.get(0).at("/file/id").asText().length(), "a SHA-256 of the bytes");

        String picture = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});
        ask(
                "persistEntry",
                "{\"dataFiles\":[{\"slug\":\"b\",\"path\":\"content/blog/b.adoc\",\"raw\":\"= B\\n\"}],"
                        + "\"assets\":[{\"path\":\"assets/images/b.png\",\"content\":\"" + picture
                        + "\",\"encoding\":\"base64\"}],\"options\":{}}");
        assertEquals("= B\n", Files.readString(root.resolve("content/blog/b.adoc")));
        assertEquals(3, Files.size(root.resolve("assets/images/b.png")));
        JsonNode media = ask("getMedia", "{\"mediaFolder\":\"assets/images\"}");
        assertEquals("b.png", media.get(0).get("name").asText());
        assertEquals(picture, media.get(0).get("content").asText());
        assertTrue(ask("getEntry", "{\"path\":\"content/blog/missing.adoc\"}")
                .get("data")
                .isNull());

        ask("deleteFile", "{\"path\":\"content/blog/b.adoc\"}");
        assertFalse(Files.exists(root.resolve("content/blog/b.adoc")));
    }

    static Stream<String> outsideTheWritableFolders() {
        return Stream.of(
                "pom.xml",
                "templates/layout.ftl",
                "content/../pom.xml",
                "content/blog/../../src/main/java/X.java",
                "/etc/passwd",
                "../outside.adoc",
                "contents/x.adoc",
                "assets/css/site.css");
    }

    @ParameterizedTest
    @MethodSource("outsideTheWritableFolders")
    void nothingOutsideContentPicturesAndDataIsReadOrWritten(String path) throws Exception {
        String params =
                "{\"dataFiles\":[{\"slug\":\"x\",\"path\":\"" + path + "\",\"raw\":\"changed\"}],\"assets\":[]}";
        LocalBackend.Refused refused = assertThrows(
                LocalBackend.Refused.class,
                () -> new LocalBackend(root).answer("{\"action\":\"persistEntry\",\"params\":" + params + "}"));
        assertEquals(403, refused.status());
        assertThrows(
                LocalBackend.Refused.class,
                () -> new LocalBackend(root)
                        .answer("{\"action\":\"getEntry\",\"params\":{\"path\":\"" + path + "\"}}"));
    }

    @Test
    void aRequestWithOnePathOutsideWritesNothing() throws Exception {
        String params = "{\"dataFiles\":[{\"slug\":\"x\",\"path\":\"content/blog/x.adoc\",\"raw\":\"= X\\n\"}],"
                + "\"assets\":[{\"path\":\"templates/x.ftl\",\"content\":\"\",\"encoding\":\"base64\"}]}";
        assertThrows(
                LocalBackend.Refused.class,
                () -> new LocalBackend(root).answer("{\"action\":\"persistEntry\",\"params\":" + params + "}"));
        assertFalse(Files.exists(root.resolve("content/blog/x.adoc")));
    }

    @Test
    void aLinkInsideAWritableFolderIsNotFollowed() throws Exception {
        Path outside = Files.createDirectories(root.resolve("secret"));
        Files.writeString(outside.resolve("key.txt"), "secret", StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("content"));
        Files.createSymbolicLink(root.resolve("content/linked"), outside);

        assertThrows(
                LocalBackend.Refused.class,
                () -> new LocalBackend(root)
                        .answer("{\"action\":\"getEntry\",\"params\":{\"path\":\"content/linked/key.txt\"}}"));
    }

    @Test
    void anUnknownActionOrABrokenRequestIsRefusedWithoutAStackTrace() {
        assertEquals(
                422,
                assertThrows(LocalBackend.Refused.class, () -> new LocalBackend(root).answer("{\"action\":\"rm\"}"))
                        .status());
        assertEquals(
                400,
                assertThrows(LocalBackend.Refused.class, () -> new LocalBackend(root).answer("not json"))
                        .status());
    }
}
