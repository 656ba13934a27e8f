package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinic facts check reads every file of the site, not only its pages: real bakes of fixture sites. */
class PublishedFilesTest {

    @TempDir
    Path dir;

    @Test
    void anSvgWithAClosedOfficesAddressAndATextFileWithAnUnknownNumberStopTheBuildAtTheirLines() {
        TestSite site = TestSite.create(dir, "basic", "published-files");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(
                        "assets/maps/directions.svg:6:23: error: '8630 Fenton Street, Silver Spring, MD 20910' is in"
                                + " Silver Spring, MD, where the clinic's Silver Spring office closed on 2023-06-30;"
                                + " readers would go there: name a current office's address instead, from"
                                + " data/clinic.yml [facts/retired-office]",
                        "assets/notes/holiday-hours.txt:4:27: error: 202-555-0177 is not a number of the clinic in"
                                + " data/clinic.yml; if it is the clinic's, write 202-555-0110 (in the document this"
                                + " file was made from; then put the new file in its place); if it is another organisation's, add it to other-phones in"
                                + " data/clinic.yml [facts/unknown-phone]"),
                Fixture.factsFindings(outcome));
    }

    @Test
    void theReportListsEveryFileOfTheSiteWithItsKind() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());

        JsonNode report = new ObjectMapper().readTree(site.read(ClinicFactsGate.REPORT));
        Map<String, String> kinds = new TreeMap<>();
        report.get("files")
                .forEach(f -> kinds.put(f.get("path").asText(), f.get("kind").asText()));

        List<String> published;
        try (var files = Files.walk(site.www())) {
            published = files.filter(Files::isRegularFile)
                    .map(f ->
                            "target/www/" + site.www().relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertEquals(published, List.copyOf(kinds.keySet()), "every file, none left out");
        assertEquals("feed", kinds.get("target/www/feed.xml"));
        assertEquals("search index", kinds.get("target/www/search-index.json"));
        assertEquals("svg", kinds.get("target/www/favicon.svg"));
        assertEquals("picture", kinds.get("target/www/favicon.ico"));
        assertEquals("text", kinds.get("target/www/robots.txt"));
        assertEquals("page", kinds.get("target/www/index.html"));
        report.get("files")
                .forEach(f -> assertEquals(
                        !f.get("kind").asText().equals("picture"), f.get("read").asBoolean(), f.toString()));
    }

    @Test
    void aKindOfFileTheBuildCannotReadIsAWarningThatNamesIt() {
        TestSite site = TestSite.create(dir, "basic");
        site.write("assets/forms/intake.docx", "PK not really a document");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), "a warning only");
        assertEquals(
                List.of("assets/forms/intake.docx: warning: the build has no reader for .docx files; the build cannot"
                        + " check its phone numbers and addresses: check them by hand against data/clinic.yml, or"
                        + " publish the text as a page or a PDF with real text [facts/unread-file]"),
                Fixture.factsFindings(outcome));
    }

    /** The reading of an unchanged file is taken from target/cache: changed there, the next build believes it. */
    @Test
    void anUnchangedFileIsNotReadAgain() throws Exception {
        TestSite site = TestSite.create(dir, "basic", "published-files");
        site.build();
        Path cache = site.root().resolve("target/cache/files");
        Path kept;
        try (var files = Files.walk(cache)) {
            kept = files.filter(f -> f.getFileName().toString().startsWith("text-"))
                    .filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> site.read(site.root().relativize(f).toString()).contains("202-555-0177"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(kept, Files.readString(kept).replace("202-555-0177", "202-555-0100"));

        List<String> again = Fixture.factsFindings(site.build());

        assertTrue(
                again.stream()
                        .anyMatch(f -> f.startsWith("assets/notes/holiday-hours.txt:4:27: error: 202-555-0100"
                                + " was the clinic's number")),
                again.toString());
    }

    /**
     * The search index and the feed change with any article; then only the entries of the articles that changed
     * are judged again, the others' clean verdicts kept (also across a build that found the whole files clean), and
     * what the build reports is what a build from nothing reports.
     */
    @Test
    void anEditedArticleHasItsFeedAndSearchEntriesJudgedAgainAndNoOther() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        site.build();
        site.build(); // nothing changed: the feed and the index are clean as wholes, their entries not asked about
        Map<String, List<String>> before = verdictLines(site);
        List<String> entries = before.values().stream()
                .filter(parts -> !parts.isEmpty())
                .flatMap(List::stream)
                .toList();
        assertEquals(8, entries.size(), "the feed's and the index's entries of the four articles: " + before);

        String article = "content/blog/sciatica-basics.adoc";
        site.write(
                article,
                site.read(article)
                        .replace(
                                ":jbake-summary: What sciatica is",
                                ":jbake-summary: Call 202-555-0100 to learn what sciatica is"));
        List<String> edited = Fixture.factsFindings(site.build());

        Map<String, List<String>> after = verdictLines(site);
        assertEquals(
                6,
                entries.stream().filter(after::containsKey).count(),
                "the other three articles' entries, in the feed and in the index, are still known clean");
        assertTrue(
                edited.stream().anyMatch(f -> f.startsWith(article + ":7:") && f.contains("202-555-0100")),
                edited.toString());
        FileTree.deleteTree(site.root().resolve("target/cache"));
        assertEquals(Fixture.factsFindings(site.build()), edited, "what a build with no cache reports");
    }

    /** The clinic facts check's clean verdicts: each key, with the keys of the parts it was judged in. */
    private static Map<String, List<String>> verdictLines(TestSite site) throws Exception {
        Map<String, List<String>> lines = new TreeMap<>();
        try (var files = Files.list(site.root().resolve("target/cache/facts"))) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    List<String> words = List.of(line.split(" "));
                    lines.put(words.get(0), words.subList(1, words.size()));
                }
            }
        }
        return lines;
    }
}
