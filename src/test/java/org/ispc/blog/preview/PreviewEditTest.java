package org.ispc.blog.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer's saves, seen through the preview over HTTP, with real bakes of the "basic" fixture. Apart from {@link
 * PreviewServerTest}, whose server holds JBake (one per JVM) for the whole of that class.
 */
class PreviewEditTest {

    private static final String ARTICLE = "/blog/sciatica-basics/";

    @Test
    void aSaveRebuildsAndReloadsABrokenSaveKeepsTheLastPageWithItsErrorAndTheFixClearsIt(@TempDir Path dir)
            throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        String source = "content/blog/sciatica-basics.adoc";
        String original = site.read(source);
        try (PreviewServer preview =
                        PreviewServer.start(site.root(), 0, TestSite.SharedAsciidoctor.get(), TestSite.CLOCK);
                PreviewClient.Events events = new PreviewClient(preview.address()).events()) {
            PreviewClient client = new PreviewClient(preview.address());
            assertEquals("1", events.await("hello", PreviewClient.BUILD_WAIT));

            site.write(source, original.replace("Sciatica is leg pain", "Freshmarker: leg pain"));
            assertEquals("2", events.await("reload", PreviewClient.BUILD_WAIT));
            Document edited = client.page(ARTICLE);
            assertTrue(edited.text().contains("Freshmarker"), edited.text());
            assertNull(edited.selectFirst("#" + PageOverlay.PANEL_ID), "nothing to fix yet");

            site.write(
                    source,
                    original.replace("Sciatica is leg pain", "Brokenmarker")
                            .replace(":jbake-date: 2026-05-01", ":jbake-date: 2026-13-45"));
            assertEquals("3", events.await("reload", PreviewClient.BUILD_WAIT));
            Document broken = client.page(ARTICLE);
            assertTrue(broken.text().contains("Freshmarker"), "the last good page stays: " + broken.text());
            assertFalse(broken.text().contains("Brokenmarker"));
            Element panel = broken.expectFirst("#" + PageOverlay.PANEL_ID);
            assertTrue(panel.text().contains("content/blog/sciatica-basics.adoc:5:1"), panel.text());
            assertTrue(panel.text().contains(":jbake-date: 2026-13-45"), panel.text());
            assertTrue(panel.text().contains("'2026-13-45' is not a date"), panel.text());
            assertTrue(
                    client.page("/").selectFirst("#" + PageOverlay.PANEL_ID) != null,
                    "a failed build shows on every page");
            assertFalse(
                    Files.readString(dir.resolve(SiteBuild.PREVIEW).resolve("blog/sciatica-basics/index.html"))
                            .contains(PageOverlay.PANEL_ID),
                    "the panel is never baked");

            site.write(source, original.replace("Sciatica is leg pain", "Fixedmarker"));
            assertEquals("4", events.await("reload", PreviewClient.BUILD_WAIT));
            Document fixed = client.page(ARTICLE);
            assertTrue(fixed.text().contains("Fixedmarker"), fixed.text());
            assertNull(fixed.selectFirst("#" + PageOverlay.PANEL_ID), "the fix clears the panel");
        }
    }
}
