package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinic facts check on a real bake: a stale number anywhere fails the build at the writer's line. */
class ClinicFactsGateTest {

    @TempDir
    Path dir;

    @Test
    void aRetiredNumberAnywhereFailsTheBuildWithExactlyTheseLines() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());
        Map<String, String> before = TestSite.files(site.www());

        TestSite.create(dir, "basic", "stale-facts");
        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        List<String> expected = Files.readAllLines(Path.of(
                System.getProperty("project.root", "."), "src/test/resources/sites/stale-facts/expected-findings.txt"));
        assertEquals(
                expected,
                outcome.findings().stream()
                        .filter(f -> f.rule().family().equals("facts"))
                        .map(Finding::format)
                        .toList());
        assertEquals(before, TestSite.files(site.www()), "the last good site stays published");
        com.fasterxml.jackson.databind.JsonNode report =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.read(ClinicFactsGate.REPORT));
        assertEquals(
                expected.stream().filter(l -> l.contains(": error: ")).count(),
                report.get("errors").asLong());
        assertEquals(
                "content/blog/old-number.adoc", report.at("/findings/1/path").asText());
    }

    /** A street address typed in an article, none of the clinic's: the build stops at the article's line, once. */
    @Test
    void anAddressThatIsNoneOfTheClinicsStopsTheBuildAtItsLine() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int line = site.append(article, "\nVisit us at 1234 Wilson Blvd, Suite 200, Arlington, VA 22201.\n") + 1;

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(article + ":" + line
                        + ":13: error: '1234 Wilson Blvd, Suite 200, Arlington, VA 22201' is not an"
                        + " address of the clinic in data/clinic.yml, and readers would take it for one; if an office is"
                        + " there, add its street, suite and zip to that office in data/clinic.yml and write"
                        + " {office-ID-address}; if it is another place's, name the place instead of its address"
                        + " [facts/unknown-address]"),
                outcome.findings().stream()
                        .filter(f -> f.rule().family().equals("facts"))
                        .map(Finding::format)
                        .toList());
    }

    @Test
    void theFixtureClinicPassesAndWritesAnEmptyReport() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        SiteBuild.Outcome outcome = site.build();
        assertEquals(
                List.of(),
                outcome.findings().stream()
                        .filter(f -> f.rule().family().equals("facts"))
                        .toList());
        com.fasterxml.jackson.databind.JsonNode report =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.read(ClinicFactsGate.REPORT));
        assertEquals(0, report.get("errors").asLong());
        assertEquals(0, report.get("findings").size());
    }
}
