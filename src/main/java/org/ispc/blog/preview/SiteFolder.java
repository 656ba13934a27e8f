package org.ispc.blog.preview;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ispc.blog.publish.Publisher;

/**
 * Turns a request path into a file of the baked preview, and refuses everything else. The preview is
 * reachable only from this machine, but a page in the browser can still ask for any URL, so nothing
 * outside the site folder may be served: not through {@code ..}, not through encoded slashes or dots,
 * not through a symbolic link.
 */
final class SiteFolder {

    /** What a request path leads to. */
    sealed interface Lookup {}

    /**
     * A file to send.
     *
     * @param file the real path of the file, inside the site folder
     * @param page the path the file is served as, relative to the site root ({@code blog/x/index.html})
     */
    record Found(Path file, String page) implements Lookup {}

    /** A folder asked for without its trailing slash: the browser is sent to the address with one. */
    record Redirect(String location) implements Lookup {}

    /** Nothing that may be served; the answer is the site's 404 page. */
    record Missing() implements Lookup {}

    static final String INDEX = "index.html";
    static final String NOT_FOUND_PAGE = "404.html";

    // Escapes that would let a path reach outside the folder once decoded, or mean something else on
    // another file system; a real page never needs them, so they are refused before decoding.
    private static final List<String> REFUSED_RAW = List.of("%2f", "%5c", "%00", "\\");

    /**
     * How long a request that finds nothing waits while a build swaps the folders: the swap is two renames, but a
     * browser loading the writing tool asks for dozens of scripts at once, and one missing script stops the tool.
     */
    private static final Duration SWAP = Duration.ofSeconds(2);

    private final Path root;
    private final Publisher builds;

    /** @param root the baked site; it may not exist yet, and is replaced as a whole by every build */
    SiteFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.builds = new Publisher(this.root);
    }

    /**
     * Finds what {@code rawPath} (as sent, still percent-encoded) names, asking again once the site is back in place
     * when a build was swapping it.
     *
     * @param rawQuery the query string as sent, kept on redirects; null when there is none
     */
    Lookup lookup(String rawPath, String rawQuery) {
        long until = System.nanoTime() + SWAP.toNanos();
        Lookup found = find(rawPath, rawQuery);
        while (found instanceof Missing && builds.swapping() && System.nanoTime() < until) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
            found = find(rawPath, rawQuery);
        }
        return found;
    }

    private Lookup find(String rawPath, String rawQuery) {
        if (rawPath == null || !rawPath.startsWith("/") || refusedBeforeDecoding(rawPath)) {
            return new Missing();
        }
        String path = decode(rawPath.substring(1));
        if (path == null || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return new Missing();
        }
        String[] segments = path.split("/", -1);
        Path candidate = root;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !last)) {
                return new Missing();
            }
            if (!segment.isEmpty()) {
                candidate = candidate.resolve(segment);
            }
        }
        if (!candidate.normalize().startsWith(root)) {
            return new Missing();
        }
        boolean folderAsked = path.isEmpty() || path.endsWith("/");
        if (!folderAsked && Files.isDirectory(candidate)) {
            return inside(candidate.resolve(INDEX)).isPresent()
                    ? new Redirect(rawPath + "/" + (rawQuery == null ? "" : "?" + rawQuery))
                    : new Missing();
        }
        Path file = folderAsked ? candidate.resolve(INDEX) : candidate;
        return inside(file).<Lookup>map(real -> new Found(real, relative(file))).orElse(new Missing());
    }

    /** The site's own "page not found" page, if the site has one. */
    Optional<Path> notFoundPage() {
        return inside(root.resolve(NOT_FOUND_PAGE));
    }

    /** The real path of a regular file, if it really lies inside the site folder (symbolic links resolved). */
    private Optional<Path> inside(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            // gone between the two calls (a build replaced the folder), or unreadable: not servable
            return Optional.empty();
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean refusedBeforeDecoding(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        return REFUSED_RAW.stream().anyMatch(lower::contains);
    }

    /**
     * Percent-decodes a path as UTF-8; null when it is malformed. Unlike URLDecoder, a '+' stays a '+':
     * that rule is for form data, not for paths.
     */
    private static String decode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) == '%') {
                if (i + 2 >= raw.length()
                        || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.put((byte) HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 3;
            } else {
                int next = raw.indexOf('%', i);
                int end = next < 0 ? raw.length() : next;
                bytes.put(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
