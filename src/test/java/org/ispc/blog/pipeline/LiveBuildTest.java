package org.ispc.blog.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's partial builds must give exactly what a full build gives: the same files, byte for byte,
 * and the same findings. Each test edits a fixture site, builds it in part, then builds it in full. The full build
 * comes after the preview is closed: the preview holds JBake until then, and a JVM has one JBake.
 */
class LiveBuildTest {

    private static final String ARTICLE = "content/blog/sciatica-basics.adoc";
    private static final String PARTIAL_STEP = "bake of the edit";

    @TempDir
    Path dir;

    @Test
    void anEditBuiltInPartGivesTheSiteAFullBuildGives() {
        TestSite site = TestSite.create(dir, "basic");
        SiteBuild.Outcome partial;
        Map<String, byte[]> afterPartial;
        try (LiveBuild live = live(site)) {
            assertTrue(live.run(Set.of("content")).published());
            // a new title, summary, topic and text: the article's page, the pages listing it and the lists change
            site.write(
                    ARTICLE,
                    site.read(ARTICLE)
                            .replace("= Sciatica Basics", "= Sciatica, Explained")
                            .replace("sciatica, nerve pain", "sciatica, nerve pain, posture")
                            .replace("How the sciatic nerve", "Why the sciatic nerve")
                            .replace("in the lower back.", "in the lower back, often after lifting."));
            partial = live.run(Set.of(ARTICLE));

            assertTrue(partial.published(), () -> partial.findings().toString());
            assertTrue(tookPartialPath(partial), "built in part: " + partial.timings());
            afterPartial = files(partial.site());
        }
        SiteBuild.Outcome full = site.preview();
        assertSameSite(files(full.site()), afterPartial);
        assertEquals(full.findings(), partial.findings());
    }

    @Test
    void aFullBuildAndABuildAfterASaveRunTheSameStepsAfterTheBake() {
        TestSite site = TestSite.create(dir, "basic");
        try (LiveBuild live = live(site)) {
            SiteBuild.Outcome full = live.run(Set.of("content"));
            site.write(ARTICLE, site.read(ARTICLE).replace("in the lower back.", "in the lower back, often."));
            SiteBuild.Outcome partial = live.run(Set.of(ARTICLE));

            assertTrue(tookPartialPath(partial), "built in part: " + partial.timings());
            java.util.List<String> fullSteps = stepNames(full);
            java.util.List<String> partialSteps = stepNames(partial);
            assertEquals(java.util.List.of("read data/clinic.yml", "bake"), fullSteps.subList(0, 2));
            assertEquals(PARTIAL_STEP, partialSteps.get(0), "the facts and settings are not read again");
            assertTrue(fullSteps.size() > 3, "the checks are steps of their own: " + fullSteps);
            assertEquals(fullSteps.subList(2, fullSteps.size()), partialSteps.subList(1, partialSteps.size()));
        }
    }

    private static java.util.List<String> stepNames(SiteBuild.Outcome outcome) {
        return outcome.timings().stream().map(SiteBuild.CheckTiming::name).toList();
    }

    @Test
    void anEditOfTheTextAloneRewritesOnlyThatPageAndTheSearchIndex() {
        TestSite site = TestSite.create(dir, "basic");
        Map<String, byte[]> after;
        try (LiveBuild live = live(site)) {
            live.run(Set.of("content"));
            Map<String, byte[]> before = files(dir.resolve(SiteBuild.PREVIEW));
            site.write(ARTICLE, site.read(ARTICLE).replace("in the lower back.", "in the lower back, often."));
            SiteBuild.Outcome partial = live.run(Set.of(ARTICLE));

            assertTrue(tookPartialPath(partial));
            after = files(partial.site());
            Set<String> changed = new java.util.TreeSet<>();
            after.forEach((path, bytes) -> {
                if (!java.util.Arrays.equals(bytes, before.get(path))) {
                    changed.add(path);
                }
            });
            assertEquals(Set.of("blog/sciatica-basics/index.html", "search-index.json"), changed);
        }
        assertSameSite(files(site.preview().site()), after);
    }

    @Test
    void aRetiredNumberTypedInAnArticleIsReportedAndTheLastGoodPageStays() {
        TestSite site = TestSite.create(dir, "basic");
        String good = site.read(ARTICLE);
        String retiredNumber = good.replace("Call {clinic-phone}", "Call 202-555-0100");
        SiteBuild.Outcome stale;
        try (LiveBuild live = live(site)) {
            live.run(Set.of("content"));
            Path page = dir.resolve(SiteBuild.PREVIEW).resolve("blog/sciatica-basics/index.html");
            String goodPage = read(page);

            site.write(ARTICLE, retiredNumber);
            stale = live.run(Set.of(ARTICLE));
            assertTrue(tookPartialPath(stale));
            assertFalse(stale.published());
            Finding retired = stale.findings().stream()
                    .filter(f -> f.rule().equals(RuleId.of("facts/retired-phone")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(stale.findings().toString()));
            assertEquals(ARTICLE, retired.at().path());
            assertEquals(10, retired.at().line());
            assertEquals(goodPage, read(page), "the page the writer sees is the last good one");

            site.write(ARTICLE, good);
            SiteBuild.Outcome fixed = live.run(Set.of(ARTICLE));
            assertTrue(fixed.published(), () -> fixed.findings().toString());
            assertTrue(
                    fixed.findings().stream().noneMatch(f -> f.rule().family().equals("facts")));
        }
        site.write(ARTICLE, retiredNumber);
        assertEquals(site.preview().findings(), stale.findings(), "the findings of a full build");
    }

    @Test
    void aPreviewStartedWhileAnArticleHasAnErrorStillBuildsInPartUntilItPasses() {
        TestSite site = TestSite.create(dir, "basic");
        String good = site.read(ARTICLE);
        String retiredNumber = good.replace("Call {clinic-phone}", "Call 202-555-0100");
        site.write(ARTICLE, retiredNumber);
        SiteBuild.Outcome stillFailing;
        Map<String, byte[]> afterPartial;
        try (LiveBuild live = live(site)) {
            assertFalse(live.run(Set.of("content")).published());
            String other = "content/blog/disc-herniation.adoc";
            site.write(other, site.read(other) + "\nOne more sentence.\n");
            stillFailing = live.run(Set.of(other));
            assertTrue(tookPartialPath(stillFailing), "built in part: " + stillFailing.timings());
            assertFalse(stillFailing.published());

            site.write(ARTICLE, good);
            SiteBuild.Outcome fixed = live.run(Set.of(ARTICLE));
            assertTrue(tookPartialPath(fixed));
            assertTrue(fixed.published(), () -> fixed.findings().toString());
            afterPartial = files(fixed.site());
            assertFalse(Files.exists(dir.resolve(SiteBuild.PREVIEW + ".shadow")), "the shadow site went live");
        }
        assertSameSite(files(site.preview().site()), afterPartial);
        site.write(ARTICLE, retiredNumber);
        assertEquals(site.preview().findings(), stillFailing.findings(), "the findings of a full build");
    }

    @Test
    void aNewArticleGetsAFullBuild() {
        TestSite site = TestSite.create(dir, "basic");
        try (LiveBuild live = live(site)) {
            live.run(Set.of("content"));
            String added = "content/blog/knee-basics.adoc";
            site.write(
                    added,
                    site.read(ARTICLE)
                            .replace("= Sciatica Basics", "= Knee Basics")
                            .replace("What sciatica is", "What a knee is"));
            SiteBuild.Outcome outcome = live.run(Set.of(added));
            assertFalse(tookPartialPath(outcome));
            assertTrue(Files.isRegularFile(outcome.site().resolve("blog/knee-basics/index.html")));
        }
    }

    private static LiveBuild live(TestSite site) {
        return new LiveBuild(SiteBuild.standard(TestSite.SharedAsciidoctor.get(), TestSite.CLOCK), site.root());
    }

    private static boolean tookPartialPath(SiteBuild.Outcome outcome) {
        return outcome.timings().stream().anyMatch(t -> t.name().equals(PARTIAL_STEP));
    }

    private static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static Map<String, byte[]> files(Path site) {
        Map<String, byte[]> out = new TreeMap<>();
        for (Path file : FileTree.files(site)) {
            try {
                out.put(FileTree.relative(site, file), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
