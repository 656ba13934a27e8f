package org.ispc.blog.assets;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.ispc.blog.content.Digest;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.content.Slug;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article images for phones: each image under /images/ gets WebP and JPEG (or PNG) copies 480, 960 and 1440
 * pixels wide, and its {@code <img>} becomes a {@code <picture>} with srcset, sizes, width and height, lazy
 * loaded except the first of a page. Resized files are kept in target/cache by the original's digest, so an
 * unchanged image is never resized again.
 */
public final class ResponsiveImages {

    static final int[] WIDTHS = {480, 960, 1440};
    static final String SIZES = "(min-width: 48rem) 42rem, calc(100vw - 2rem)";

    private ResponsiveImages() {}

    /**
     * Rewrites every page under {@code pages} that shows an image from /images/ of {@code site}, where the
     * resized copies are written too. The pages are usually the site's own; the preview's partial rebuilds
     * write fewer pages elsewhere first.
     */
    public static void apply(Path pages, Path site, Path cache) {
        if (FileTree.files(site.resolve("images")).isEmpty()) {
            return; // no image to show: no page needs reading
        }
        // most pages show no image: found on all cores, then rewritten one by one, as resizing shares the cache
        List<Path> withImages = FileTree.files(pages, ".html").parallelStream()
                .filter(page -> FileTree.read(page).contains("src=\"/images/"))
                .toList();
        for (Path page : withImages) {
            String html = FileTree.read(page);
            Document doc = Jsoup.parse(html);
            doc.outputSettings().prettyPrint(false);
            boolean first = true;
            boolean changed = false;
            for (Element img : doc.select("img[src^=/images/]")) {
                Optional<Path> found =
                        ImageFiles.shownAsItIs(img) ? ImageFiles.file(site, img.attr("src")) : Optional.empty();
                if (found.isEmpty()
                        || !ImageFiles.resized(found.get().getFileName().toString())
                        || !ImageFiles.decodable(found.get())) {
                    continue; // shown as it is, or reported by the link check (missing, damaged, too large)
                }
                Path original = found.get();
                changed |= responsive(site, cache, img, original, first);
                first = false;
            }
            if (changed) {
                FileTree.write(page, doc.outerHtml());
            }
        }
    }

    private static boolean responsive(Path site, Path cache, Element img, Path original, boolean first) {
        BufferedImage image = read(original);
        if (image == null) {
            return false;
        }
        String name = original.getFileName().toString();
        String format = name.toLowerCase(Locale.ROOT).endsWith(".png") ? "png" : "jpg";
        // the copies' names go into srcset, where a space would end the address: "Knee Photo.png" gives
        // knee-photo-480.<digest>.webp
        String words = Slug.words(name.substring(0, name.lastIndexOf('.')));
        String base = words.isEmpty() ? "image" : words;
        String digest = digest(original).substring(0, 10);
        List<String> webp = new ArrayList<>();
        List<String> fallback = new ArrayList<>();
        String src = img.attr("src");
        for (int width : WIDTHS) {
            // a picture between two widths (720 px) gets a copy at its own width, the sharpest there is, for
            // screens wider than the smaller copy
            int w = Math.min(width, image.getWidth());
            String dir = src.substring(0, src.lastIndexOf('/') + 1);
            String webpName = base + "-" + w + "." + digest + ".webp";
            String fallbackName = base + "-" + w + "." + digest + "." + format;
            variant(cache, original.resolveSibling(webpName), image, w, "webp");
            variant(cache, original.resolveSibling(fallbackName), image, w, format);
            webp.add(dir + webpName + " " + w + "w");
            fallback.add(dir + fallbackName + " " + w + "w");
            src = dir + fallbackName;
            if (width >= image.getWidth()) {
                break;
            }
        }
        Element picture = new Element("picture");
        picture.appendElement("source")
                .attr("type", "image/webp")
                .attr("srcset", String.join(", ", webp))
                .attr("sizes", SIZES);
        img.before(picture);
        img.remove();
        picture.appendChild(img);
        img.attr("src", src)
                .attr("srcset", String.join(", ", fallback))
                .attr("sizes", SIZES)
                .attr("width", String.valueOf(image.getWidth()))
                .attr("height", String.valueOf(image.getHeight()))
                .attr("decoding", "async");
        if (first) {
            img.removeAttr("loading");
        } else {
            img.attr("loading", "lazy");
        }
        return true;
    }

    /** One resized copy, from the cache when the same original was resized before. */
    private static void variant(Path cache, Path target, BufferedImage image, int width, String format) {
        Path cached = cache.resolve(target.getFileName().toString());
        try {
            if (!Files.isRegularFile(cached)) {
                Files.createDirectories(cache);
                BufferedImage resized = resize(image, width, !format.equals("png"));
                Path temp = Files.createTempFile(cache, "image", ".tmp");
                if (!ImageIO.write(resized, format.equals("jpg") ? "jpeg" : format, temp.toFile())) {
                    Files.deleteIfExists(temp);
                    throw new IllegalStateException("no image writer for " + format);
                }
                Files.move(temp, cached, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(cached, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage resize(BufferedImage image, int width, boolean opaque) {
        int height = Math.max(1, Math.round(image.getHeight() * (width / (float) image.getWidth())));
        BufferedImage out =
                new BufferedImage(width, height, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (opaque) {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            return null; // a header that reads but a body that does not: the link check reports the file
        }
    }

    private static String digest(Path file) {
        try {
            return Digest.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
