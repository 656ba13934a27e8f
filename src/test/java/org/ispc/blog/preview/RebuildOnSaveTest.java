package org.ispc.blog.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.pipeline.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the preview builds, with a stand-in for the bake that only records what it was told: saves, bursts,
 * new folders, saves during a build. No JBake here, so these run in well under a second each.
 */
class RebuildOnSaveTest {

    private static final Duration SETTLE = Duration.ofMillis(10 * SourceWatcher.QUIET_MILLIS);

    @TempDir
    Path root;

    /** The stand-in build: records each call, and can be held inside a build until released. */
    private final BlockingQueue<Set<String>> builds = new LinkedBlockingQueue<>();

    private volatile CountDownLatch hold = new CountDownLatch(0);
    private final CountDownLatch held = new CountDownLatch(1);
    private volatile List<Finding> findings = List.of();

    private SiteBuild.Outcome build(Set<String> changed) {
        builds.add(changed);
        if (hold.getCount() > 0) {
            held.countDown();
            try {
                assertTrue(hold.await(PreviewClient.BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean ok = findings.stream().noneMatch(Finding::isError);
        return new SiteBuild.Outcome(ok, findings, root.resolve(SiteBuild.PREVIEW), List.of());
    }

    @Test
    void aSaveDuringABuildLeadsToExactlyOneMoreBuildWithEverythingSavedMeanwhile() throws Exception {
        write("content/blog/a.adoc");
        write("templates/post.ftl");
        try (PreviewServer server = PreviewServer.start(root, 0, this::build)) {
            assertEquals(Set.copyOf(SourceWatcher.FOLDERS), next(), "the first build");

            hold = new CountDownLatch(1);
            write("content/blog/a.adoc");
            assertTrue(held.await(PreviewClient.BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS));
            assertEquals(Set.of("content/blog/a.adoc"), builds.poll());

            write("content/blog/b.adoc");
            write("templates/post.ftl");
            write("jbake.properties");
            write("content/blog/new/c.adoc");
            hold.countDown();

            assertEquals(
                    Set.of(
                            "content/blog/b.adoc",
                            "templates/post.ftl",
                            "jbake.properties",
                            "content/blog/new",
                            "content/blog/new/c.adoc"),
                    next());
            assertNull(builds.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS), "one build for the whole burst");

            write("content/blog/new/d.adoc");
            assertEquals(Set.of("content/blog/new/d.adoc"), next(), "a new folder is watched too");
        }
    }

    @Test
    void editorScratchFilesAndFilesOutsideTheWatchedFoldersCauseNoBuild() throws Exception {
        write("content/blog/a.adoc");
        try (PreviewServer server = PreviewServer.start(root, 0, this::build)) {
            next();
            write("content/blog/.a.adoc.swp");
            write("content/blog/a.adoc~");
            write("README.md");
            write("target/preview/index.html");
            assertNull(builds.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS));

            write("data/clinic.yml");
            assertEquals(Set.of("data", "data/clinic.yml"), next(), "a watched folder created later");
        }
    }

    @Test
    void everyBuildIsAnnouncedAndALateStreamHearsWhichBuildIsCurrent() throws Exception {
        try (PreviewServer server = PreviewServer.start(root, 0, this::build);
                PreviewClient.Events events = new PreviewClient(server.address()).events()) {
            assertEquals("1", events.await("hello", PreviewClient.BUILD_WAIT));
            write("content/blog/a.adoc");
            assertEquals("2", events.await("reload", PreviewClient.BUILD_WAIT));
            write("content/blog/a.adoc");
            assertEquals("3", events.await("reload", PreviewClient.BUILD_WAIT));

            try (PreviewClient.Events late = new PreviewClient(server.address()).events()) {
                assertEquals("3", late.await("hello", PreviewClient.BUILD_WAIT));
            }
        }
    }

    @Test
    void whenTheFirstBuildFailsEveryAddressShowsTheErrors() throws Exception {
        findings = List.of(
                Finding.error(Position.at("content/blog/x.adoc", 3, 1), "bake/date", "'2026-13-45' is not a date"));
        try (PreviewServer server = PreviewServer.start(root, 0, this::build)) {
            HttpResponse<String> response = new PreviewClient(server.address()).get("/blog/anything/");

            assertEquals(404, response.statusCode());
            Document page = Jsoup.parse(response.body());
            assertEquals(
                    "The preview has nothing to show yet",
                    page.expectFirst("h1").text());
            assertTrue(
                    page.expectFirst("#" + PageOverlay.PANEL_ID)
                            .text()
                            .contains("content/blog/x.adoc:3:1 '2026-13-45' is not a date"),
                    page.text());
            assertNotNull(page.selectFirst("script[src=" + PageOverlay.RELOAD_JS + "]"));
        }
    }

    private Set<String> next() throws InterruptedException {
        Set<String> changed = builds.poll(PreviewClient.BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(changed, "no build within " + PreviewClient.BUILD_WAIT);
        return changed;
    }

    private void write(String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "saved at " + System.nanoTime() + "\n");
    }
}
