package org.ispc.blog.reading;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the clinic facts check does with one file of the published site, by its name: read it with the reader made
 * for its kind; leave it, saying why (a picture's pixels: its description and caption are read in the pages that
 * show it); or warn that it cannot be read (a kind of file the build has no reader for). Nothing is skipped
 * silently: target/reports/facts.json lists every file with its kind.
 *
 * @param name the kind, as the report lists it
 * @param reader the reader for its text, when the build has one
 * @param unreadable whether readers may see text in it that the build cannot read: a warning names it
 */
public record FileKind(String name, Optional<PublishedFileReader> reader, boolean unreadable) {

    public static final FileKind PAGE = new FileKind("page", Optional.empty(), false);
    private static final FileKind PICTURE = new FileKind("picture", Optional.empty(), false);
    private static final FileKind FONT = new FileKind("font", Optional.empty(), false);
    private static final FileKind MEDIA = new FileKind("audio or video", Optional.empty(), false);

    private static final PublishedFileReader TEXT = new PlainTextReader();
    private static final Map<String, FileKind> BY_NAME = Map.of(
            "search-index.json", read(new SearchIndexReader()),
            "feed.xml", read(new FeedReader("feed")),
            "sitemap.xml", read(new FeedReader("sitemap")));

    private static final Set<String> TEXT_ENDINGS =
            Set.of("txt", "vcf", "csv", "ics", "md", "css", "js", "mjs", "json", "webmanifest", "map", "xml");
    private static final Set<String> PICTURE_ENDINGS =
            Set.of("jpg", "jpeg", "png", "gif", "webp", "avif", "ico", "bmp", "tif", "tiff", "heic");
    private static final Set<String> FONT_ENDINGS = Set.of("woff", "woff2", "ttf", "otf", "eot");
    private static final Set<String> MEDIA_ENDINGS = Set.of("mp4", "webm", "mov", "mp3", "ogg", "m4a", "wav");
    /** Files the host reads, written by the build: plain lines. */
    private static final Set<String> HOST_FILES = Set.of("_headers", "_redirects", "CNAME");

    /** The kind of the file at {@code sitePath} ({@code assets/forms/new-patient.pdf}), by its name. */
    public static FileKind of(String sitePath) {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        FileKind known = BY_NAME.get(sitePath);
        if (known != null) {
            return known;
        }
        if (HOST_FILES.contains(name)) {
            return read(TEXT);
        }
        String ending =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (ending.equals("html") || ending.equals("htm")) {
            return PAGE;
        }
        if (ending.equals("svg")) {
            return read(new SvgReader());
        }
        if (ending.equals("pdf")) {
            return read(new PdfReader());
        }
        if (TEXT_ENDINGS.contains(ending)) {
            return read(TEXT);
        }
        if (PICTURE_ENDINGS.contains(ending)) {
            return PICTURE;
        }
        if (FONT_ENDINGS.contains(ending)) {
            return FONT;
        }
        if (MEDIA_ENDINGS.contains(ending)) {
            return MEDIA;
        }
        return new FileKind(ending.isEmpty() ? "file without an ending" : "." + ending, Optional.empty(), true);
    }

    private static FileKind read(PublishedFileReader reader) {
        return new FileKind(reader.kind(), Optional.of(reader), false);
    }

    /** Whether the build reads the text of files of this kind, here or in the page check. */
    public boolean isRead() {
        return reader.isPresent() || equals(PAGE);
    }
}
