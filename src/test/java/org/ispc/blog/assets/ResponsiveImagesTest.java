package org.ispc.blog.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponsiveImagesTest {

    @TempDir
    Path dir;

    private static void picture(Path file, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(11, 92, 140));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "jpeg", file.toFile());
    }

    @Test
    void articleImagesGetResizedWebpAndJpegVariantsWithDimensionsAndLazyLoading() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        picture(site.root().resolve("assets/images/stretch.jpg"), 1600, 1000);
        picture(site.root().resolve("assets/images/desk.jpg"), 700, 500);
        site.write(
                "content/blog/posture-at-work.adoc",
                site.read("content/blog/posture-at-work.adoc")
                        + "\nimage::stretch.jpg[A patient stretching at a standing desk]\n\nimage::desk.jpg[A desk at eye level]\n");
        SiteBuild.Outcome outcome = site.build();
        assertTrue(outcome.published(), () -> outcome.findings().toString());

        Map<String, String> files = TestSite.files(site.www());
        Document page = Jsoup.parse(files.get("blog/posture-at-work/index.html"));
        Element first = page.selectFirst("picture img[alt^=A patient]");
        assertEquals("1600", first.attr("width"));
        assertEquals("1000", first.attr("height"));
        assertFalse(first.hasAttr("loading"), "the first image is above the fold");
        assertEquals(3, first.attr("srcset").split(",").length);
        String webp = first.parent().selectFirst("source[type=image/webp]").attr("srcset");
        assertTrue(
                webp.matches(
                        "/images/stretch-480\\.[0-9a-f]{10}\\.webp 480w, /images/stretch-960\\.[0-9a-f]{10}\\.webp 960w,"
                                + " /images/stretch-1440\\.[0-9a-f]{10}\\.webp 1440w"),
                webp);
        String webpFile = webp.split(" ")[0].substring(1);
        byte[] bytes = Files.readAllBytes(site.www().resolve(webpFile));
        assertEquals("WEBP", new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(
                480,
                ImageIO.read(site.www()
                                .resolve(first.attr("srcset").split(" ")[0].substring(1))
                                .toFile())
                        .getWidth());

        Element second = page.selectFirst("picture img[alt^=A desk]");
        assertEquals("lazy", second.attr("loading"));
        // 700 px: a copy for phones, and one at its own width, the sharpest there is; none wider
        assertTrue(
                second.attr("srcset")
                        .matches(
                                "/images/desk-480\\.[0-9a-f]{10}\\.jpg 480w, /images/desk-700\\.[0-9a-f]{10}\\.jpg 700w"),
                second.attr("srcset"));
        assertEquals(
                "https://blog.example.com/images/stretch.jpg",
                page.selectFirst("meta[property=og:image]").attr("content"));
        assertTrue(files.get("_headers")
                .contains(webp.split(" ")[0] + "\n  Cache-Control: public, max-age=31536000, immutable"));

        long cached;
        try (var entries =
                Files.list(org.ispc.blog.cache.CodeDigest.folderIn(site.root().resolve("target/cache/images")))) {
            cached = entries.count();
        }
        assertEquals(10, cached, "the resized copies, kept in the folder of the code that made them");
        assertTrue(site.build().published());
        assertEquals(files, TestSite.files(site.www()), "the second build, from the cache, gives the same site");
    }

    /** A picture saved as "Knee Photo.jpg" (a phone's or a camera's name) gets its phone-sized copies too. */
    @Test
    void aPictureWhoseNameHasSpacesAndCapitalsIsResizedLikeAnyOther() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        picture(site.root().resolve("assets/images/Knee Photo.jpg"), 1200, 800);
        site.append("content/blog/posture-at-work.adoc", "\nimage::Knee Photo.jpg[A knee brace on a runner]\n");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> outcome.findings().toString());
        Element img = Jsoup.parse(site.read("target/www/blog/posture-at-work/index.html"))
                .selectFirst("picture img[alt^=A knee brace]");
        assertEquals("1200", img.attr("width"));
        assertEquals("800", img.attr("height"));
        String srcset = img.parent().selectFirst("source[type=image/webp]").attr("srcset");
        assertTrue(
                srcset.matches(
                        "/images/knee-photo-480\\.[0-9a-f]{10}\\.webp 480w, /images/knee-photo-960\\.[0-9a-f]{10}"
                                + "\\.webp 960w, /images/knee-photo-1200\\.[0-9a-f]{10}\\.webp 1200w"),
                srcset);
        assertTrue(Files.isRegularFile(site.www().resolve(srcset.split(" ")[0].substring(1))));
    }

    /**
     * ImageFiles readers' browsers would not show, or the build could not prepare, are refused at the line that
     * shows them: an iPhone's HEIC, a damaged JPEG, a PNG whose header claims 400 megapixels (never decoded: the
     * build would run out of memory). A GIF is shown as it is, since a resized copy would lose its animation.
     */
    @Test
    void picturesThatWouldNotReachReadersAreRefusedAtTheirLine() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        Path images = Files.createDirectories(site.root().resolve("assets/images"));
        Files.write(images.resolve("photo.heic"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'});
        Files.writeString(images.resolve("knee.jpg"), "saved from a web page, not a picture");
        Files.write(images.resolve("huge.png"), pngHeader(20_000, 20_000));
        BufferedImage frame = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(frame, "gif", images.resolve("stretch.gif").toFile());
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(
                article,
                "\nimage::photo.heic[A photo]\n\nimage::knee.jpg[A knee]\n\nimage::huge.png[A chart]\n"
                        + "\nimage::stretch.gif[A stretch]\n");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        List<String> found = outcome.findings().stream()
                .filter(f -> f.rule().equals(RuleId.of("page/picture")))
                .map(f -> f.at() + " " + f.message().replaceAll(";.*", ""))
                .toList();
        assertEquals(
                List.of(
                        article + ":" + (first + 1) + ":8 the picture 'photo.heic' is in the HEIC format, which most"
                                + " readers' browsers cannot show",
                        article + ":" + (first + 3) + ":8 the picture 'knee.jpg' cannot be read: the file is damaged,"
                                + " or is not really a JPG",
                        article + ":" + (first + 5) + ":8 the picture 'huge.png' is 20,000 × 20,000 pixels, too large"
                                + " to prepare for phones"),
                found);
        assertTrue(
                outcome.findings().stream().noneMatch(f -> f.message().contains("stretch.gif")),
                () -> outcome.findings().toString());

        site.write(article, site.read(article).replaceAll("image::(photo|knee|huge)[^\\n]*\n", ""));
        assertTrue(site.build().published());
        Element gif = Jsoup.parse(site.read("target/www/blog/posture-at-work/index.html"))
                .selectFirst("img[alt=A stretch]");
        assertEquals("/images/stretch.gif", gif.attr("src"));
        assertFalse(gif.parent().normalName().equals("picture"), "no copies: they would lose the animation");
        assertEquals(
                java.util.Arrays.toString(Files.readAllBytes(images.resolve("stretch.gif"))),
                java.util.Arrays.toString(Files.readAllBytes(site.www().resolve("images/stretch.gif"))));
    }

    /** The first bytes of a PNG file: its signature and a header that gives its size, with no picture data. */
    private static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer header =
                java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0});
        byte[] type = "IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type);
        crc.update(header.array());
        return java.nio.ByteBuffer.allocate(8 + 4 + 4 + 13 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13)
                .put(type)
                .put(header.array())
                .putInt((int) crc.getValue())
                .array();
    }
}
