package org.ispc.blog.assets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a picture file in assets/images/ is to a reader's browser: shown, prepared for phones first, or not
 * shown at all. The pictures the build resizes are read here first by their header alone, so that a damaged
 * file or one of a hundred megapixels is reported rather than decoded.
 */
public final class ImageFiles {

    /** Formats every current browser shows. */
    private static final Set<String> FOR_BROWSERS = Set.of("jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "ico");
    /** Formats the build resizes for phones; GIFs stay as they are, since a copy would lose their animation. */
    private static final Set<String> RESIZED = Set.of("jpg", "jpeg", "png");
    /** More than a 48-megapixel phone photo needs; decoding takes four bytes a pixel of the build's memory. */
    static final long MAX_PIXELS = 64_000_000L;

    private ImageFiles() {}

    /** A picture's width and height in pixels. */
    record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    /**
     * The file in the site that a page's picture address names ({@code /images/Knee%20Photo.jpg} is
     * images/Knee Photo.jpg), when it exists and lies inside the site.
     */
    public static Optional<Path> file(Path site, String src) {
        String path = pathOf(src).orElse(null); // an address that is not valid: the link check reports it
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        Path file = site.resolve(path.substring(1)).normalize();
        return file.startsWith(site) && java.nio.file.Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * The path of an address with its %-escapes read back, as a writer typed it ({@code knee%20stretch.jpg} is
     * {@code knee stretch.jpg}); empty when the address is not valid or has no path.
     */
    public static Optional<String> pathOf(String address) {
        try {
            return Optional.ofNullable(new java.net.URI(address.strip().replace(" ", "%20")).getPath());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A picture of assets/images/ that a page shows as it is: not (yet) made into phone-sized copies. */
    public static boolean shownAsItIs(org.jsoup.nodes.Element img) {
        return img.normalName().equals("img")
                && img.attr("src").startsWith("/images/")
                && (img.parent() == null || !img.parent().normalName().equals("picture"));
    }

    /** Whether the build makes phone-sized copies of this picture (by its name; its content is read later). */
    static boolean resized(String fileName) {
        return RESIZED.contains(extension(fileName));
    }

    /** The picture's size from its header, without decoding it; empty when no reader understands the file. */
    static Optional<Size> size(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged header: the file is reported, never decoded
        }
    }

    /** Whether the build can decode this picture within its memory. */
    static boolean decodable(Path file) {
        return size(file).filter(s -> s.pixels() <= MAX_PIXELS).isPresent();
    }

    /**
     * Why a picture that a page shows as it is (not as phone-sized copies) would not reach readers, in words for
     * its writer; empty when it shows.
     */
    public static Optional<String> problem(Path file) {
        String name = file.getFileName().toString();
        String extension = extension(name);
        if (!FOR_BROWSERS.contains(extension)) {
            String format = extension.isEmpty()
                    ? "has no format in its name (such as .jpg)"
                    : "is in the " + extension.toUpperCase(Locale.ROOT) + " format";
            return Optional.of("the picture '" + name + "' " + format + ", which most readers' browsers cannot show;"
                    + " open it and save it as JPEG (or PNG for a drawing), put that file in assets/images/ and use"
                    + " its name here");
        }
        if (!RESIZED.contains(extension)) {
            return Optional.empty();
        }
        Optional<Size> size = size(file);
        if (size.isPresent() && size.get().pixels() > MAX_PIXELS) {
            return Optional.of(String.format(
                    Locale.US,
                    "the picture '%s' is %,d × %,d pixels, too large to prepare for phones; save a copy at most 4,000"
                            + " pixels wide and use it here",
                    name,
                    size.get().width(),
                    size.get().height()));
        }
        return Optional.of("the picture '" + name + "' cannot be read: the file is damaged, or is not really a "
                + extension.toUpperCase(Locale.ROOT) + "; export it again from the original");
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
