package org.ispc.blog.cms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.content.FileTree;

/**
 * The writing tool's "local backend" on the writer's own computer: Decap CMS's proxy protocol (what its
 * {@code decap-server} speaks: one POST of {@code {action, params}} per request, answered in JSON), served by the
 * preview so that writing at http://127.0.0.1:8820/admin/ reads and saves the working copy, with no account and no
 * Node. Only files under {@link #WRITABLE} can be read or written.
 */
public final class LocalBackend {

    /** The folders the tool may read and write: articles and pages, pictures, the clinic's facts. */
    public static final List<String> WRITABLE = List.of("content/", "assets/images/", "data/");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    public LocalBackend(Path projectRoot) {
        this.root = projectRoot.toAbsolutePath().normalize();
    }

    /** What one request asked for could not be done; {@code status} is the HTTP status to answer with. */
    public static final class Refused extends Exception {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Answers one request's body ({@code {"action": ..., "params": {...}}}) with the JSON to send back. */
    public String answer(String requestBody) throws Refused {
        JsonNode request;
        try {
            request = JSON.readTree(requestBody);
        } catch (IOException e) {
            throw new Refused(400, "the request is not JSON");
        }
        if (request == null || !request.path("action").isTextual()) {
            throw new Refused(422, "the request names no action");
        }
        JsonNode params = request.path("params");
        try {
            JsonNode answer =
                    switch (request.get("action").asText()) {
                        case "info" -> info();
                        case "entriesByFolder" -> entriesByFolder(params);
                        case "entriesByFiles" -> entries(params.path("files"));
                        case "getEntry" -> entry(text(params, "path"));
                        case "persistEntry" -> persistEntry(params);
                        case "getMedia" -> media(text(params, "mediaFolder"));
                        case "getMediaFile" -> mediaFile(text(params, "path"));
                        case "persistMedia" -> persistMedia(params.path("asset"));
                        case "deleteFile" -> delete(List.of(text(params, "path")));
                        case "deleteFiles" -> delete(texts(params.path("paths")));
                        case "getDeployPreview" -> NullNode.getInstance();
                        default ->
                            throw new Refused(
                                    422,
                                    "Unknown action " + request.get("action").asText());
                    };
            return JSON.writeValueAsString(answer);
        } catch (IOException e) {
            throw new Refused(500, "the file could not be read or written: " + e.getMessage());
        }
    }

    private JsonNode info() {
        ObjectNode info = JSON.createObjectNode();
        info.put(
                "repo", root.getFileName() == null ? "site" : root.getFileName().toString());
        info.putArray("publish_modes").add("simple");
        info.put("type", "local_fs");
        return info;
    }

    private JsonNode entriesByFolder(JsonNode params) throws Refused, IOException {
        Path folder = confined(text(params, "folder"));
        String extension = params.path("extension").asText("");
        int depth = Math.max(1, params.path("depth").asInt(1));
        ArrayNode out = JSON.createArrayNode();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(folder, depth)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(extension))
                    .sorted()
                    .toList()) {
                out.add(entryOf(relative(file)));
            }
        }
        return out;
    }

    private JsonNode entries(JsonNode files) throws Refused, IOException {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode file : files) {
            out.add(entry(text(file, "path")));
        }
        return out;
    }

    private JsonNode entry(String path) throws Refused, IOException {
        confined(path);
        return entryOf(path);
    }

    /** A file as the CMS reads an entry: its text and an id that changes with its bytes; a missing file has none. */
    private ObjectNode entryOf(String path) throws IOException {
        ObjectNode entry = JSON.createObjectNode();
        ObjectNode file = JSON.createObjectNode().put("path", path);
        try {
            byte[] bytes = Files.readAllBytes(root.resolve(path));
            entry.put("data", new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            file.put("id", sha256(bytes));
        } catch (NoSuchFileException e) {
            entry.putNull("data");
            file.putNull("id");
        }
        entry.set("file", file);
        return entry;
    }

    private JsonNode persistEntry(JsonNode params) throws Refused, IOException {
        JsonNode dataFiles = params.path("dataFiles");
        if (!dataFiles.isArray() || dataFiles.isEmpty()) {
            dataFiles = JSON.createArrayNode().add(params.path("entry"));
        }
        // every path is checked before anything is written: a refused request changes nothing
        for (JsonNode file : dataFiles) {
            confined(text(file, "path"));
            if (file.hasNonNull("newPath")) {
                confined(text(file, "newPath"));
            }
        }
        for (JsonNode asset : params.path("assets")) {
            confined(text(asset, "path"));
        }
        for (JsonNode file : dataFiles) {
            write(confined(text(file, "path")), text(file, "raw").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (JsonNode asset : params.path("assets")) {
            write(confined(text(asset, "path")), decoded(asset));
        }
        for (JsonNode file : dataFiles) {
            if (file.hasNonNull("newPath")) {
                Path to = confined(text(file, "newPath"));
                Files.createDirectories(to.getParent());
                Files.move(confined(text(file, "path")), to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return JSON.createObjectNode().put("message", "entry persisted");
    }

    private JsonNode media(String mediaFolder) throws Refused, IOException {
        Path folder = confined(mediaFolder);
        ArrayNode out = JSON.createArrayNode();
        for (Path file : FileTree.files(folder)) {
            if (file.getParent().equals(folder)) {
                out.add(mediaOf(relative(file)));
            }
        }
        return out;
    }

    private JsonNode mediaFile(String path) throws Refused, IOException {
        confined(path);
        return mediaOf(path);
    }

    private ObjectNode mediaOf(String path) throws IOException {
        byte[] bytes = Files.readAllBytes(root.resolve(path));
        return JSON.createObjectNode()
                .put("id", sha256(bytes))
                .put("content", Base64.getEncoder().encodeToString(bytes))
                .put("encoding", "base64")
                .put("path", path)
                .put("name", Path.of(path).getFileName().toString());
    }

    private JsonNode persistMedia(JsonNode asset) throws Refused, IOException {
        String path = text(asset, "path");
        write(confined(path), decoded(asset));
        return mediaOf(path);
    }

    private JsonNode delete(List<String> paths) throws Refused, IOException {
        for (String path : paths) {
            confined(path);
        }
        for (String path : paths) {
            Files.deleteIfExists(confined(path));
        }
        return JSON.createObjectNode().put("message", "deleted " + String.join(", ", paths));
    }

    /**
     * The file a path names, when it is inside one of {@link #WRITABLE}: a path that climbs out ({@code ..}), is
     * absolute, or passes through a link to elsewhere is refused.
     */
    Path confined(String path) throws Refused {
        String clean = path.replace('\\', '/');
        while (clean.startsWith("./")) {
            clean = clean.substring(2);
        }
        Path resolved = root.resolve(clean).normalize();
        String inside =
                resolved.startsWith(root) ? root.relativize(resolved).toString().replace('\\', '/') : "";
        boolean allowed = !clean.startsWith("/")
                && !List.of(clean.split("/")).contains("..")
                && WRITABLE.stream().anyMatch(w -> (inside + "/").startsWith(w));
        if (!allowed) {
            throw new Refused(
                    403,
                    "the writing tool may only change files in " + String.join(", ", WRITABLE) + ": '" + path
                            + "' is not among them");
        }
        // a link inside an allowed folder must not lead out of the project
        for (Path p = resolved; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new Refused(403, "'" + path + "' passes through a link; the writing tool follows none");
            }
        }
        return resolved;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        FileTree.replace(file, bytes);
    }

    private static byte[] decoded(JsonNode asset) throws Refused {
        String content = asset.path("content").asText("");
        if (!asset.path("encoding").asText("base64").equals("base64")) {
            throw new Refused(422, "a file's content must be sent in base64");
        }
        try {
            return Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw new Refused(422, "a file's content is not valid base64");
        }
    }

    private static String text(JsonNode node, String field) throws Refused {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new Refused(422, "the request lacks '" + field + "'");
        }
        return value.asText();
    }

    private static List<String> texts(JsonNode array) throws Refused {
        if (!array.isArray()) {
            throw new Refused(422, "the request lacks a list of paths");
        }
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw new Refused(422, "a path in the list is not text");
            }
            out.add(item.asText());
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
