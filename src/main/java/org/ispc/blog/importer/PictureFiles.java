package org.ispc.blog.importer;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ispc.blog.content.Slug;
import org.ispc.blog.jbake.SiteSettings;
import org.jsoup.nodes.Element;

/**
 * Copies the pictures of a saved page (from the folder the browser saved beside it, "Page_files/") into
 * assets/images/, under a name an address can hold. A file there is never replaced: the same picture is used
 * again, a different one with the same name makes the new one take the next free name.
 */
final class PictureFiles implements ArticleBody.Pictures {

    static final String REMOTE_PICTURE = "import/remote-picture";
    static final String MISSING_PICTURE = "import/missing-picture";
    static final String PICTURE_RENAMED = "import/picture-renamed";

    /** Where articles' pictures live: {@code image::knee.jpg[]} shows assets/images/knee.jpg. */
    static final String IMAGES = SiteSettings.ASSETS + "/images";

    private final Path pageFolder;
    private final Path root;
    private final Path images;
    private final List<String> copied = new ArrayList<>();

    /**
     * @param page the saved .html file, whose folder relative picture addresses start from
     * @param root the project's folder
     */
    PictureFiles(Path page, Path root) {
        this.pageFolder = page.toAbsolutePath().getParent();
        this.root = root;
        this.images = root.resolve(IMAGES);
    }

    /** The pictures copied so far, as paths relative to the project's folder. */
    List<String> copied() {
        return List.copyOf(copied);
    }

    @Override
    public Optional<String> place(Element img, String src, List<Note> notes) {
        String alt = SavedPage.oneLine(img.attr("alt"));
        String shown = "the picture " + (alt.isEmpty() ? "" : "'" + alt + "' ") + "(" + shorten(src) + ")";
        Optional<Path> file = localFile(src.strip());
        if (file.isEmpty()) {
            notes.add(Note.at(
                    img,
                    REMOTE_PICTURE,
                    shown + " was not saved with the page and the importer does not go online to fetch it: save it"
                            + " into " + IMAGES + "/ and show it where the comment in the article says, with"
                            + " image::file-name.jpg[" + (alt.isEmpty() ? "What it shows" : alt) + "]"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file.get())) {
            notes.add(Note.at(
                    img,
                    MISSING_PICTURE,
                    shown + " is not in the folder saved with the page (" + OldPageImport.shown(root, file.get())
                            + "); save the page again"
                            + " with its pictures (\"Web page, complete\"), or copy the picture into " + IMAGES
                            + "/ and show it where the comment in the article says"));
            return Optional.empty();
        }
        try {
            return Optional.of(copy(file.get(), img, notes));
        } catch (IOException e) {
            notes.add(Note.at(img, MISSING_PICTURE, shown + " could not be copied: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** The file a picture address names in the saved page's folder; empty for an address on another site. */
    private Optional<Path> localFile(String src) {
        if (src.isEmpty()
                || src.startsWith("//")
                || src.toLowerCase(Locale.ROOT).startsWith("data:")) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(src.replace(" ", "%20"));
            if ("file".equalsIgnoreCase(uri.getScheme())) {
                return Optional.of(Path.of(uri));
            }
            if (uri.isAbsolute()) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not an address: read it as a path, as a browser saving a page writes it
        }
        String path = src.replaceAll("[?#].*$", "");
        return Optional.of(pageFolder
                .resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8))
                .normalize());
    }

    private String copy(Path from, Element img, List<Note> notes) throws IOException {
        String name = from.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        String stem = Slug.words(dot > 0 ? name.substring(0, dot) : name);
        if (stem.isEmpty()) {
            stem = "picture";
        }
        Files.createDirectories(images);
        byte[] bytes = Files.readAllBytes(from);
        for (int n = 1; ; n++) {
            String candidate = stem + (n == 1 ? "" : "-" + n) + ext;
            Path to = images.resolve(candidate);
            if (Files.exists(to)) {
                if (java.util.Arrays.equals(Files.readAllBytes(to), bytes)) {
                    return candidate; // this very picture is there already
                }
                continue;
            }
            try {
                Files.write(to, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            copied.add(IMAGES + "/" + candidate);
            if (n > 1) {
                notes.add(Note.at(
                        img,
                        PICTURE_RENAMED,
                        IMAGES + "/" + stem + ext + " is another picture already, and was left as it is; this one"
                                + " was saved as " + IMAGES + "/" + candidate));
            }
            return candidate;
        }
    }

    private static String shorten(String src) {
        return src.startsWith("data:") ? "data:..." : src;
    }
}
