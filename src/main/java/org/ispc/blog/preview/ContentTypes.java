package org.ispc.blog.preview;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The Content-Type a static host sends for a file of the site, from its extension: the preview's, and the one the
 * browser tests' own server sends, so that a page behaves there as it does in the preview.
 */
public final class ContentTypes {

    public static final String HTML = "text/html; charset=utf-8";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("json", "application/json"),
            Map.entry("yml", "text/yaml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private ContentTypes() {}

    /** Whether a file is served as a page. */
    static boolean isHtml(Path file) {
        return of(file).equals(HTML);
    }

    /** The Content-Type for a file, from its extension; application/octet-stream when unknown. */
    public static String of(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
