package org.ispc.blog.asciidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversionCacheTest {

    @TempDir
    Path dir;

    private static long cached(TestSite site) throws IOException {
        Path cache = site.root().resolve("target/cache/asciidoc");
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    @Test
    void aBuildFromTheCacheIsByteIdenticalToAFreshOne() throws IOException {
        TestSite site = TestSite.create(dir, "basic", "include-escape");
        site.write(
                "content/blog/sneaky.adoc",
                site.read("content/blog/sneaky.adoc").replace("include::../../data/clinic.yml[]", ""));
        SiteBuild build = SiteBuild.standard(TestSite.SharedAsciidoctor.get(), TestSite.CLOCK);

        assertTrue(build.withoutCache().run(site.root(), false).published());
        Map<String, String> fresh = TestSite.files(site.www());
        assertEquals(0, cached(site), "without the cache nothing is stored");

        assertTrue(build.run(site.root(), false).published());
        assertEquals(8, cached(site), "one entry per document");
        assertEquals(fresh, TestSite.files(site.www()));

        assertTrue(build.run(site.root(), false).published());
        assertEquals(fresh, TestSite.files(site.www()), "built from the cache");
    }

    @Test
    void anEntryWithoutTheBodysReadingIsConvertedAgainAndGivesTheSameSite() throws IOException {
        TestSite site = TestSite.create(dir, "basic");
        SiteBuild build = SiteBuild.standard(TestSite.SharedAsciidoctor.get(), TestSite.CLOCK);
        assertTrue(build.run(site.root(), false).published());
        Map<String, String> first = TestSite.files(site.www());

        // as an entry cut short, or one of a version before bodies were read at conversion, would read
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Path> entries;
        try (Stream<Path> files = Files.walk(site.root().resolve("target/cache/asciidoc"))) {
            entries = files.filter(f -> f.toString().endsWith(".json")).toList();
        }
        for (Path entry : entries) {
            com.fasterxml.jackson.databind.node.ObjectNode node =
                    (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(entry.toFile());
            node.remove("reading");
            json.writeValue(entry.toFile(), node);
        }

        assertTrue(build.run(site.root(), false).published());
        assertEquals(first, TestSite.files(site.www()));
        for (Path entry : entries) {
            assertTrue(json.readTree(entry.toFile()).has("reading"), entry + " was written again, whole");
        }
    }

    @Test
    void aBuildThatFindsEveryArticleInTheCacheNeverStartsAsciidoctor() {
        TestSite site = TestSite.create(dir, "basic");
        Map<String, String> first;
        assertTrue(SiteBuild.standard(TestSite.SharedAsciidoctor.get(), TestSite.CLOCK)
                .run(site.root(), false)
                .published());
        first = TestSite.files(site.www());
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        Engine counting = new Engine() {
            @Override
            public org.asciidoctor.Asciidoctor get() {
                asked.incrementAndGet();
                return TestSite.SharedAsciidoctor.get();
            }

            @Override
            public void startSoon() {
                asked.incrementAndGet();
            }
        };
        SiteBuild fromCache = new SiteBuild(
                counting,
                org.ispc.blog.facts.Phones.standard(),
                TestSite.CLOCK,
                org.ispc.blog.pipeline.Checks.standard(TestSite.CLOCK),
                org.ispc.blog.pipeline.BuildOptions.DEFAULTS);

        assertTrue(fromCache.run(site.root(), false).published());
        assertEquals(0, asked.get(), "JRuby is neither started nor asked for");
        assertEquals(first, TestSite.files(site.www()));

        site.write("content/blog/sciatica-basics.adoc", site.read("content/blog/sciatica-basics.adoc") + "\nMore.\n");
        assertTrue(fromCache.run(site.root(), false).published());
        assertTrue(asked.get() > 0, "an edited article needs the engine");
    }

    @Test
    void aChangedArticleOrPartialIsConvertedAgain() {
        TestSite site = TestSite.create(dir, "basic", "include-escape");
        site.write(
                "content/blog/sneaky.adoc",
                site.read("content/blog/sneaky.adoc").replace("include::../../data/clinic.yml[]", ""));
        SiteBuild build = SiteBuild.standard(TestSite.SharedAsciidoctor.get(), TestSite.CLOCK);
        assertTrue(build.run(site.root(), false).published());
        String before = TestSite.files(site.www()).get("blog/sneaky/index.html");

        site.write("content/partials/disclaimer.adoc", "Partialmarker, second edition.\n");
        assertTrue(build.run(site.root(), false).published());
        String after = TestSite.files(site.www()).get("blog/sneaky/index.html");
        assertNotEquals(before, after);
        assertTrue(after.contains("Partialmarker, second edition."));

        site.write(
                "content/blog/posture-at-work.adoc",
                site.read("content/blog/posture-at-work.adoc") + "\nNewsentencemarker.\n");
        assertTrue(build.run(site.root(), false).published());
        assertTrue(TestSite.files(site.www())
                .get("blog/posture-at-work/index.html")
                .contains("Newsentencemarker."));
    }

    /** Before: the cache held only content/partials/ in its keys; any other included file was served stale. */
    @Test
    void anIncludedFileOutsideThePartialsIsConvertedAgainWhenItChanges() {
        TestSite site = TestSite.create(dir, "basic");
        site.write("content/blog/tips.txt", "Tipmarker, first edition.\n");
        site.append("content/blog/posture-at-work.adoc", "\ninclude::tips.txt[]\n");
        SiteBuild build = SiteBuild.standard(TestSite.SharedAsciidoctor.get(), TestSite.CLOCK);
        assertTrue(build.run(site.root(), false).published());
        assertTrue(TestSite.files(site.www())
                .get("blog/posture-at-work/index.html")
                .contains("first edition"));

        site.write("content/blog/tips.txt", "Tipmarker, second edition.\n");
        assertTrue(build.run(site.root(), false).published());

        String page = TestSite.files(site.www()).get("blog/posture-at-work/index.html");
        assertTrue(page.contains("Tipmarker, second edition."), page);
    }

    /** Before: the article's entry kept the error of an include whose file was added after it was converted. */
    @Test
    void anIncludeOfAFileAddedSinceIsReadOnTheNextBuild() {
        TestSite site = TestSite.create(dir, "basic");
        site.append("content/blog/posture-at-work.adoc", "\ninclude::later.txt[]\n");
        SiteBuild build = SiteBuild.standard(TestSite.SharedAsciidoctor.get(), TestSite.CLOCK);
        assertTrue(build.run(site.root(), false).findings().stream()
                .anyMatch(f -> f.rule().equals(RuleId.of("content/include-missing"))));

        site.write("content/blog/later.txt", "Latermarker.\n");
        SiteBuild.Outcome second = build.run(site.root(), false);

        assertTrue(second.published(), second.findings()::toString);
        assertTrue(TestSite.files(site.www())
                .get("blog/posture-at-work/index.html")
                .contains("Latermarker."));
    }

    @Test
    void warningsOfACachedArticleAreStillReported() {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "content/blog/posture-at-work.adoc",
                site.read("content/blog/posture-at-work.adoc") + "\nCall {clinic-phon}.\n");
        SiteBuild build = SiteBuild.standard(TestSite.SharedAsciidoctor.get(), TestSite.CLOCK);
        List<String> first = build.run(site.root(), false).findings().stream()
                .map(f -> f.format())
                .toList();
        List<String> second = build.run(site.root(), false).findings().stream()
                .map(f -> f.format())
                .toList();
        assertTrue(
                first.stream().anyMatch(f -> f.contains("{clinic-phon} is not a known attribute")), first.toString());
        assertEquals(first, second);
    }
}
