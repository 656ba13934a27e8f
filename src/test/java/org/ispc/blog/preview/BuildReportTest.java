package org.ispc.blog.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.pipeline.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which findings show on which page: pure logic, no bake. */
class BuildReportTest {

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "content/blog/x.adoc, blog/x/index.html, true",
        "content/blog/x.adoc, /blog/x/, true",
        "content/blog/x.md, blog/x/index.html, true",
        "content/blog/x.adoc, blog/y/index.html, false",
        "content/blog/x.adoc, blog/x-more/index.html, false",
        "content/blog/x.adoc, index.html, false",
        "content/about.adoc, about/index.html, true",
        "content/about.adoc, blog/about/index.html, false",
        "content/index.adoc, /, true",
        "target/www/blog/x/index.html, blog/x/index.html, true",
        "target/preview/blog/x/index.html, /blog/x/, true",
        "target/preview/blog/y/index.html, /blog/x/, false",
        "templates/post.ftl, blog/x/index.html, true",
        "data/clinic.yml, about/index.html, true",
        "jbake.properties, 404.html, true",
    })
    void aFindingConcernsItsSourcesPageAndSharedFilesConcernEveryPage(String path, String page, boolean shown) {
        assertEquals(shown, BuildReport.concerns(path, BuildReport.pageKey(page)));
    }

    @Test
    void afterAFailedBuildEveryErrorShowsOnEveryPageButWarningsOnlyOnTheirs() {
        Finding otherError = Finding.error(Position.at("content/blog/y.adoc", 4, 1), "bake/date", "not a date");
        Finding otherWarning = Finding.warning(Position.at("content/blog/y.adoc", 9, 1), "lint/x", "long line");
        Finding ownWarning = Finding.warning(Position.at("content/blog/x.adoc", 2, 1), "lint/x", "long line");
        List<BuildReport.Note> notes = List.of(otherError, otherWarning, ownWarning).stream()
                .map(f -> new BuildReport.Note(f, ""))
                .toList();

        assertEquals(List.of(otherError, ownWarning), shownOnX(new BuildReport(2, false, notes)));
        assertEquals(List.of(ownWarning), shownOnX(new BuildReport(2, true, notes)));
    }

    private static List<Finding> shownOnX(BuildReport report) {
        return report.forPage("blog/x/index.html").stream()
                .map(BuildReport.Note::finding)
                .toList();
    }

    @Test
    void notesCarryTheSourceLineTheFindingPointsAt(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("content/blog"));
        Files.writeString(
                root.resolve("content/blog/x.adoc"), "= X\n:jbake-type: post\n   :jbake-date: 2026-13-45  \n");
        List<Finding> findings = List.of(
                Finding.error(Position.at("content/blog/x.adoc", 3, 1), "bake/date", "not a date"),
                Finding.error(Position.at("content/blog/x.adoc", 30, 1), "bake/x", "past the end"),
                Finding.error(Position.file("content/blog/x.adoc"), "bake/x", "no line"),
                Finding.error(Position.at("content/blog/gone.adoc", 1, 1), "bake/x", "no file"));

        BuildReport report = BuildReport.of(7, new SiteBuild.Outcome(false, findings, root, List.of()), root);

        assertEquals(7, report.generation());
        assertEquals(
                List.of(":jbake-date: 2026-13-45", "", "", ""),
                report.notes().stream().map(BuildReport.Note::sourceLine).toList());
    }

    @Test
    void theWritingToolGetsTheFindingsOfTheFileItSavedAsJson() throws IOException {
        Finding own =
                Finding.warning(Position.at("content/blog/x.adoc", 9, 13), "lint/repeated-word", "'the the': ...");
        Finding other = Finding.error(Position.at("content/blog/y.adoc", 1, 1), "lint/missing-title", "no title");
        BuildReport report = new BuildReport(
                4, false, List.of(new BuildReport.Note(own, "the the knee"), new BuildReport.Note(other, "")));

        var json =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.forFileJson("content/blog/x.adoc"));

        assertEquals(4, json.get("generation").asLong());
        assertEquals(false, json.get("published").asBoolean());
        assertEquals(1, json.get("findings").size());
        var finding = json.get("findings").get(0);
        assertEquals(
                "9:13 warning lint/repeated-word 'the the': ... / the the knee",
                finding.get("line").asInt() + ":" + finding.get("column").asInt() + " "
                        + finding.get("level").asText() + " "
                        + finding.get("rule").asText() + " "
                        + finding.get("message").asText() + " / "
                        + finding.get("source").asText());
    }
}
