package org.ispc.blog.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.pipeline.LiveBuild;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A link (symlink) that leads out of the project, wherever it stands among the files the build reads, stops the
 * build at its path; nothing it leads to reaches the site. The links are made at run time, in temporary folders,
 * so that the repository holds none.
 */
class ProjectFilesTest {

    /** Text that must never reach a page: what a file outside the project holds. */
    private static final String SECRET = "CI_DEPLOY_TOKEN=outside-marker-7f3a";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir.resolve("site"), "basic");
    }

    /** A file outside the project, where a CI machine keeps its secrets. */
    private Path outsideFile(String name, String text) {
        try {
            Path file = dir.resolve("outside").resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code path} of the site a link to {@code target}; skips the test where links cannot be made. */
    private static void link(TestSite site, String path, Path target) {
        Path link = site.root().resolve(path);
        try {
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("this file system cannot make links: " + e);
        }
    }

    private static void assertStoppedAt(SiteBuild.Outcome outcome, String path) {
        assertFalse(outcome.published(), () -> outcome.findings().toString());
        List<String> found = outcome.findings().stream()
                .filter(f -> f.rule().equals(RuleId.of(ProjectFiles.OUTSIDE)))
                .map(Finding::format)
                .toList();
        assertEquals(1, found.size(), outcome.findings().toString());
        assertTrue(found.get(0).startsWith(path + ":1:1: error: "), found.get(0));
        assertTrue(found.get(0).contains("outside the project"), found.get(0));
    }

    private static void assertNowhereIn(Path site, String text) {
        if (Files.isDirectory(site)) {
            TestSite.files(site).forEach((path, content) -> assertFalse(content.contains(text), path));
        }
    }

    /** Before: the linked file was copied into target/www as it was (any file the build machine could read). */
    @Test
    void aLinkInAssetsToAFileOutsideStopsTheBuildAndTheLastSiteStays() {
        TestSite site = site();
        assertTrue(site.build().published());
        Map<String, String> before = TestSite.files(site.www());
        link(site, "assets/secret.txt", outsideFile("secrets.env", SECRET));

        assertStoppedAt(site.build(), "assets/secret.txt");
        assertEquals(before, TestSite.files(site.www()));
    }

    /** Before: the picture was inlined into the page as base64, with only Asciidoctor's warning. */
    @Test
    void aLinkedPictureInlinedWithDataUriStopsTheBuild() {
        TestSite site = site();
        site.write(
                "content/blog/posture-at-work.adoc",
                site.read("content/blog/posture-at-work.adoc")
                                .replace(":jbake-type: post", ":jbake-type: post\n:data-uri:")
                        + "\nimage::pic.png[A picture]\n");
        link(site, "content/blog/pic.png", outsideFile("id.png", "\u0089PNG\r\n\u001a\n" + SECRET));

        SiteBuild.Outcome outcome = site.build();

        assertStoppedAt(outcome, "content/blog/pic.png");
        assertNowhereIn(site.www(), "base64");
        assertNowhereIn(site.root().resolve("target/cache"), "base64");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "content/blog/shared.adoc",
                "content/partials/secret.adoc",
                "content/notes.txt",
                "templates/extra.ftl",
                "data/secrets.yml",
                "assets/css/extra.css",
                "jbake.properties"
            })
    void aLinkToAFileOutsideStopsTheBuildWhereverTheBuildReads(String path) throws IOException {
        TestSite site = site();
        String text = path.equals("jbake.properties")
                ? site.read("jbake.properties") + "\n# " + SECRET + "\n"
                : path.endsWith(".adoc")
                        ? "= Shared\n:jbake-type: page\n:jbake-status: published\n:jbake-date: 2026-01-02\n"
                                + ":jbake-summary: Shared.\n\n" + SECRET + "\n"
                        : SECRET + "\n";
        link(site, path, outsideFile(Path.of(path).getFileName().toString(), text));

        SiteBuild.Outcome outcome = site.build();

        assertStoppedAt(outcome, path);
        assertNowhereIn(site.www(), SECRET);
    }

    @Test
    void aLinkedFolderLeadingOutsideStopsTheBuildAtTheFolder() {
        TestSite site = site();
        outsideFile("shared/notes.txt", SECRET);
        link(site, "assets/shared", dir.resolve("outside/shared"));

        assertStoppedAt(site.build(), "assets/shared");
        assertNowhereIn(site.www(), SECRET);
    }

    @Test
    void aLinkThatLeadsNowhereIsNamed() {
        TestSite site = site();
        link(site, "assets/gone.txt", dir.resolve("no-such-file"));

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertTrue(
                outcome.findings().stream()
                        .map(Finding::format)
                        .anyMatch(f -> f.startsWith("assets/gone.txt:1:1: error: this file is a link to")
                                && f.contains("which does not exist")),
                outcome.findings().toString());
    }

    /** Before: JBake copied whatever folder jbake.properties named, '../..' or '/etc' included, into the site. */
    @Test
    void aFolderSettingThatLeadsOutOfTheProjectStopsTheBuildAtItsLine() {
        TestSite site = site();
        outsideFile("shared/notes.txt", SECRET);
        site.write(
                "jbake.properties",
                site.read("jbake.properties").replace("asset.folder=assets", "asset.folder=../outside/shared"));
        int line = site.lineOf("jbake.properties", "asset.folder=");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of("jbake.properties:" + line + ":1: error: asset.folder is '../outside/shared', but the build"
                        + " reads assets/ of the project only; write asset.folder=assets or delete the line"
                        + " [build/settings]"),
                outcome.findings().stream().map(Finding::format).toList());
        assertNowhereIn(site.www(), SECRET);
    }

    /** A link to another file of the project hides nothing: it is read, and copied, as the file it names. */
    @Test
    void aLinkToAnotherFileOfTheProjectIsFine() {
        TestSite site = site();
        site.write("assets/extra/readme.txt", "Inside the project.\n");
        link(site, "assets/extra-alias", site.root().resolve("assets/extra"));
        link(site, "assets/favicon-copy.svg", Path.of("favicon.svg"));

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> outcome.findings().toString());
        assertEquals("Inside the project.\n", TestSite.files(site.www()).get("extra-alias/readme.txt"));
        assertEquals(site.read("assets/favicon.svg"), TestSite.files(site.www()).get("favicon-copy.svg"));
    }

    /** The preview's quick rebuild of a saved article read the file the link named, wherever it was. */
    @Test
    void anArticleSavedAsALinkOutsideStopsThePreviewsRebuild() {
        TestSite site = site();
        String article = "content/blog/sciatica-basics.adoc";
        try (LiveBuild live =
                new LiveBuild(SiteBuild.standard(TestSite.SharedAsciidoctor.get(), TestSite.CLOCK), site.root())) {
            assertTrue(live.run(Set.of("content")).published());
            link(site, article, outsideFile("sciatica-basics.adoc", site.read(article) + "\n" + SECRET + "\n"));

            SiteBuild.Outcome outcome = live.run(Set.of(article));

            assertStoppedAt(outcome, article);
            assertNowhereIn(site.root().resolve(SiteBuild.PREVIEW), SECRET);
        }
    }
}
