package org.ispc.blog.jbake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ispc.blog.asciidoc.Engine;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.facts.ClinicAttributes;
import org.ispc.blog.facts.ClinicFactsLoader;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.related.RelatedArticles;
import org.ispc.blog.render.PageModel;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JBake keeps its registries in static fields: one bake at a time in a JVM, whichever {@link SiteBaker} and thread
 * start them. Before, each baker had a lock of its own, and a second baker baked while the first held JBake open.
 */
class SiteBakerTest {

    private static final Engine ASCIIDOCTOR = Engine.of(TestSite.SharedAsciidoctor.get());

    @TempDir
    Path dir;

    @Test
    void aFullBakeOnAnotherThreadWaitsUntilThePreviewBakeIsClosed() throws Exception {
        SiteBaker previewing = SiteBaker.jbake(ASCIIDOCTOR);
        SiteBaker publishing = SiteBaker.jbake(ASCIIDOCTOR);
        SiteBaker.Recipe preview = recipe(TestSite.create(dir.resolve("a"), "basic"), "a-pages", true);
        SiteBaker.Recipe full = recipe(TestSite.create(dir.resolve("b"), "basic"), "b-pages", false);

        CompletableFuture<Void> fullBake;
        try (SiteBaker.PreviewBake open = previewing.bakeForPreview(preview)) {
            assertTrue(Files.isRegularFile(preview.destination().resolve("index.html")), "the preview bake ran");
            fullBake = CompletableFuture.runAsync(() -> publishing.bake(full));
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!JBakeLock.JVM_WIDE.hasWaiters() && !fullBake.isDone() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertFalse(fullBake.isDone(), "the full bake ran while the preview bake held JBake");
            assertTrue(JBakeLock.JVM_WIDE.hasWaiters(), "the full bake waits for JBake");
            assertFalse(Files.exists(full.destination().resolve("index.html")));
        }
        fullBake.get(2, TimeUnit.MINUTES);
        assertTrue(Files.isRegularFile(full.destination().resolve("index.html")), "the full bake ran after the close");
        assertFalse(full.findings().hasErrors(), () -> full.findings().sorted().toString());
    }

    /** A bake that fails gives JBake back: the next bake in the JVM runs. */
    @Test
    void aBakeThatFailsLetsJBakeGo() {
        SiteBaker baker = SiteBaker.jbake(ASCIIDOCTOR);
        TestSite site = TestSite.create(dir.resolve("site"), "basic");
        SiteBaker.Recipe good = recipe(site, "pages", false);
        SiteBaker.Recipe failing = new SiteBaker.Recipe(
                good.settings(),
                good.destination(),
                good.attributes(),
                new Catalog(),
                new Findings(),
                Optional.empty(),
                catalog -> {
                    throw new IllegalStateException("planner failed");
                },
                good.finish());

        assertThrows(IllegalStateException.class, () -> baker.bakeForPreview(failing));
        assertThrows(IllegalStateException.class, () -> baker.bake(failing));
        baker.bake(recipe(site, "pages-after", false));
    }

    /** A stuck wait ends, naming what holds JBake, rather than hanging the preview or the tests. */
    @Test
    void aBakeThatWaitsTooLongSaysWhatHoldsJBake() {
        JBakeLock lock = new JBakeLock(Duration.ofMillis(50));
        JBakeLock.Held held = lock.take("a bake kept open for the preview of /site/a");

        IllegalStateException stuck =
                assertThrows(IllegalStateException.class, () -> lock.take("a full bake of /site/b"));
        String message = stuck.getMessage();
        assertTrue(
                message.startsWith("JBake is still in use in this JVM by a bake kept open for the preview of /site/a"
                        + " (since "),
                message);
        assertTrue(message.contains("thread '" + Thread.currentThread().getName() + "'"), message);
        assertTrue(message.contains("after waiting 50 ms to start a full bake of /site/b"), message);
        assertTrue(message.contains("closed (LiveBuild.close, PreviewServer.close)"), message);

        held.close();
        held.close(); // gives JBake back once: one bake may then take it, not two
        JBakeLock.Held next = lock.take("a full bake of /site/b");
        assertThrows(IllegalStateException.class, () -> lock.take("a third bake"));
        next.close();
    }

    private static SiteBaker.Recipe recipe(TestSite site, String destination, boolean preview) {
        try {
            Path root = site.root();
            SiteSettings settings = SiteSettings.read(root, preview, TestSite.CLOCK);
            ClinicFactsLoader.Loaded loaded = ClinicFactsLoader.load(root, Phones.standard());
            ClinicFacts facts = loaded.facts().orElseThrow();
            Findings findings = new Findings();
            Path out = Files.createDirectories(root.resolve(destination));
            return new SiteBaker.Recipe(
                    settings,
                    out,
                    ClinicAttributes.of(facts),
                    new Catalog(),
                    findings,
                    Optional.empty(),
                    catalog -> new PageModel(
                            settings,
                            catalog,
                            facts,
                            RelatedArticles.choose(catalog, preview, settings.relatedCount(), findings)),
                    page -> page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
