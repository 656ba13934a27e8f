package org.ispc.blog.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsOnlyTest {

    @TempDir
    Path dir;

    /** What mvn -Pfacts says about a site, and whether it passed. */
    private record Run(boolean passed, String out) {
        static Run of(TestSite site) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean passed =
                    FactsOnly.run(site.root(), TestSite.CLOCK, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            return new Run(passed, bytes.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void checksSourcesAndTemplatesWithoutBaking() {
        TestSite site = TestSite.create(dir, "basic", "stale-facts");
        Run run = Run.of(site);

        String out = run.out();
        assertFalse(run.passed());
        assertTrue(
                out.contains(
                        "content/blog/old-number.adoc:9:26: error: (202) 555-0100 was the clinic's number until 2024-03-01"),
                out);
        assertTrue(out.contains("templates/error404.ftl:6:90: error:"), out);
        assertTrue(out.endsWith("report in target/reports/facts.json\n"), out);
        assertFalse(Files.exists(site.www()), "nothing is baked or published");
    }

    /** mvn -Pfacts read a linked file wherever it led, and printed what it found there in its messages. */
    @Test
    void aLinkOutOfTheProjectIsReportedAndNotRead() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"), "basic");
        Path outside = dir.resolve("outside.adoc");
        Files.writeString(outside, "Call 202-555-0100.\n");
        try {
            Files.createSymbolicLink(site.root().resolve("content/blog/linked.adoc"), outside);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system cannot make links: " + e);
        }

        Run run = Run.of(site);

        assertFalse(run.passed());
        assertTrue(run.out().startsWith("content/blog/linked.adoc:1:1: error: this file is a link to"), run.out());
        assertFalse(run.out().contains("555-0100"), run.out());
    }

    /**
     * The feed and the search index of the last published site are read too, and what they hold is named back to
     * the article each entry was made from: an old build's feed still carries the retired number.
     */
    @Test
    void theFeedAndTheSearchIndexAreNamedBackToTheirArticles() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());
        String summary = "Small changes at your desk that spare your back and neck.";
        for (String file : new String[] {"feed.xml", "search-index.json"}) {
            Path published = site.www().resolve(file);
            String text = Files.readString(published);
            assertTrue(text.contains(summary), file);
            Files.writeString(published, text.replace(summary, "Call 202-555-0100 to ask about your desk."));
        }
        Run run = Run.of(site);

        String out = run.out();
        assertFalse(run.passed());
        assertTrue(
                out.startsWith("content/blog/posture-at-work.adoc: error: 202-555-0100 was the clinic's number until"
                        + " 2024-03-01; the number now is 202-555-0110: write {clinic-phone} (in a template,"
                        + " ${clinic.phone}) instead [facts/retired-phone]\n"),
                out);
        assertEquals(2, out.lines().count(), "the feed's and the index's copies are one finding: " + out);
    }

    @Test
    void theFixtureClinicPasses() {
        TestSite site = TestSite.create(dir, "basic");
        Run run = Run.of(site);
        assertTrue(run.passed(), run.out());
    }

    @Test
    void settingsThatCannotBeReadAreReportedAtTheirLineNotAsACrash() {
        TestSite site = TestSite.create(dir, "basic");
        String properties = site.read("jbake.properties");
        site.write("jbake.properties", properties + "site.timezone=Eastern Time\n");
        int line = (int) properties.lines().count() + 1;
        Run run = Run.of(site);

        String out = run.out();
        assertFalse(run.passed());
        assertTrue(out.startsWith("jbake.properties:" + line + ":1: error: site.timezone is set twice"), out);
    }
}
