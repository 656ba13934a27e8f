package org.ispc.blog.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {

    @TempDir
    Path dir;

    /**
     * A finding one check tells better than another is shown once (a heading that skips a level: the lint's, not
     * the validator's); the summary's steps then count what is shown, and add up to the total.
     */
    @Test
    void theSummarysStepsCountTheFindingsShown() {
        TestSite site = TestSite.create(dir, "basic");
        site.append("content/blog/posture-at-work.adoc", "\n=== Too deep a heading\n\nSome text.\n");

        SiteBuild.Outcome outcome = site.build();

        assertEquals(1, outcome.errors());
        assertEquals(
                outcome.errors(),
                outcome.timings().stream()
                        .mapToLong(SiteBuild.CheckTiming::errors)
                        .sum());
        assertEquals(
                0,
                outcome.timings().stream()
                        .filter(t -> t.name().equals("html validity"))
                        .findFirst()
                        .orElseThrow()
                        .errors());
    }

    /**
     * "[Editor's note: ...]" on a line of its own is read as a style and left out of the page, with only
     * Asciidoctor's "unknown style for paragraph" at the line below; a misspelled style gets the one meant.
     */
    @Test
    void aLineInSquareBracketsOnItsOwnIsNamedWithWhatHappensToIt() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(
                article,
                "\n[Editor's note: reviewed in 2026]\n\nMore text.\n\n[Warning]\nDo not lift with a bent back.\n");

        assertEquals(
                List.of(
                        article + ":" + (first + 1) + ":1: error: a line in square brackets on its own ([Editor's"
                                + " note: reviewed in 2026]) is read by AsciiDoc as the style of the paragraph under"
                                + " it, and is left out of the page; to show these words, write them without the"
                                + " brackets, or inside a sentence [asciidoc/unknown-style]",
                        article + ":" + (first + 5) + ":1: error: AsciiDoc knows no style 'Warning'; did you mean"
                                + " [WARNING]? [asciidoc/unknown-style]"),
                site.build().findings().stream().map(Finding::format).toList());
    }

    /** An article set to published but dated after today is not on the site: the build says when it will be. */
    @Test
    void aScheduledArticleIsNamedWithTheDayItReachesTheSite() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        site.write(article, site.read(article).replaceFirst(":jbake-date:.*", ":jbake-date: 2026-12-15"));

        SiteBuild.Outcome outcome = site.build();
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        ConsoleReport.print(outcome, site.root(), new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));

        String notice = "scheduled: " + article + " reaches the site with the first build on or after 2026-12-15"
                + " (its :jbake-date:)";
        assertTrue(outcome.published());
        assertEquals(List.of(notice), outcome.notices());
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith(notice + "\n"), printed::toString);
        assertFalse(Files.exists(site.www().resolve("blog/posture-at-work/index.html")));
        assertEquals(List.of(), site.preview().notices(), "the preview shows it, marked");
    }

    /**
     * A block opened and never closed ("----" and no partner) put the rest of the article inside it, as code, and
     * was published with only Asciidoctor's warning; now an error at the opening line naming the line to add.
     */
    @Test
    void aBlockThatIsNeverClosedStopsTheBuildAtItsOpeningLine() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(article, "\n------\nsome code\n\nA paragraph that would be shown as code.\n");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(article + ":" + (first + 1) + ":1: error: the block that begins here is never closed, so the"
                        + " rest of the article is shown inside it; add a line '------' where the block should end"
                        + " [asciidoc/unclosed-block]"),
                outcome.findings().stream().map(Finding::format).toList());
    }

    @Test
    void aSettingWrittenTwiceStopsTheBuildWithItsLineAndKeepsTheLastSite() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());
        String before = site.read("target/www/index.html");
        String properties = site.read("jbake.properties");
        site.write("jbake.properties", properties + "index.posts_per_page=2\n");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        Finding finding = outcome.findings().get(0);
        assertEquals(
                "jbake.properties:" + (properties.lines().count() + 1) + ":1",
                finding.at().toString());
        assertTrue(finding.format().contains("index.posts_per_page is set twice"), finding.format());
        assertEquals(before, site.read("target/www/index.html"), "the last good site stays");
    }

    @Test
    void bakesEveryKindOfPageWithCleanUrls() {
        TestSite site = TestSite.create(dir, "basic");
        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> "findings: " + outcome.findings());
        Map<String, String> files = TestSite.files(site.www());
        for (String expected : List.of(
                "index.html",
                "blog/sciatica-basics/index.html",
                "blog/disc-herniation/index.html",
                "about/index.html",
                "tags/index.html",
                "tags/nerve-pain.html",
                "archive.html",
                "feed.xml",
                "sitemap.xml",
                "robots.txt",
                "404.html",
                "_headers",
                "_redirects")) {
            assertTrue(files.containsKey(expected), expected + " missing; files: " + files.keySet());
        }
        assertTrue(files.get("robots.txt").contains("Sitemap: https://blog.example.com/sitemap.xml"));

        Document article = Jsoup.parse(files.get("blog/sciatica-basics/index.html"));
        assertEquals("Sciatica Basics", article.selectFirst("h1").text());
        assertEquals(
                "https://blog.example.com/blog/sciatica-basics/",
                article.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("tel:+12025550110", article.selectFirst("header a.call").attr("href"));
        assertTrue(article.text().contains("Call 202-555-0110 to book a visit at Fixture Spine Clinic."));
        assertEquals("/blog/disc-herniation/", article.select(".body a").get(0).attr("href"));
        assertEquals(
                "/blog/disc-herniation/#desk-tips",
                article.select(".body a").get(1).attr("href"));

        Document home = Jsoup.parse(files.get("index.html"));
        assertEquals(
                List.of(
                        "/blog/posture-at-work/",
                        "/blog/neck-injections/",
                        "/blog/disc-herniation/",
                        "/blog/sciatica-basics/"),
                home.select("main .teaser h2 a").eachAttr("href"));
    }

    @Test
    void draftsAndScheduledArticlesLeaveNoTraceInThePublishedSite() {
        TestSite site = TestSite.create(dir, "basic", "drafts");
        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> "findings: " + outcome.findings());
        Map<String, String> files = TestSite.files(site.www());
        assertFalse(
                files.keySet().stream().anyMatch(f -> f.contains("draft")),
                files.keySet().toString());
        for (String marker : List.of(
                "unfinished-draft",
                "Unfinished Draft",
                "Draftsummarymarker",
                "Draftbodymarker",
                "knees",
                "no-status-given",
                "No Status Given",
                "Nostatusmarker",
                "hips",
                "scheduled-for-next-year",
                "Scheduled Shoulder",
                "Futuremarker",
                "Futurebodymarker",
                "shoulders")) {
            files.forEach((path, text) -> assertFalse(text.contains(marker), marker + " leaked into " + path));
        }
    }

    @Test
    void previewShowsDraftsAndScheduledArticlesMarked() {
        TestSite site = TestSite.create(dir, "basic", "drafts");
        SiteBuild.Outcome outcome = site.preview();

        assertTrue(outcome.published(), () -> "findings: " + outcome.findings());
        Path preview = site.root().resolve(SiteBuild.PREVIEW);
        Document draft = Jsoup.parse(TestSite.files(preview).get("blog/unfinished-draft/index.html"));
        assertTrue(draft.selectFirst(".badge").text().startsWith("Draft"));
        Document scheduled = Jsoup.parse(TestSite.files(preview).get("blog/scheduled-for-next-year/index.html"));
        assertTrue(scheduled.selectFirst(".badge").text().startsWith("Scheduled"));
        assertEquals("noindex", draft.selectFirst("meta[name=robots]").attr("content"));
        assertFalse(Files.exists(site.www()), "the preview must never write the published folder");
    }

    @Test
    void includeOutsideTheContentFailsAtItsLineAndPartialsWork() {
        TestSite site = TestSite.create(dir, "basic", "include-escape");
        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        List<String> errors = outcome.findings().stream()
                .filter(Finding::isError)
                .map(Finding::format)
                .toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(
                errors.get(0)
                        .startsWith("content/blog/sneaky.adoc:11:1: error: include of '../../data/clinic.yml' refused"),
                errors.get(0));
        assertFalse(Files.exists(site.www()));
    }

    /** A partial that includes itself through another ran the build out of memory; now it is one message. */
    /**
     * A partial named from the wrong folder ('partials/x.adoc' from content/blog/) or with a slip in its name: the
     * message gives the include as it must be written from the including file.
     */
    @Test
    void aMissingIncludeGivesThePathToTheFileMeant() {
        TestSite site = TestSite.create(dir, "basic");
        site.write("content/partials/red-flags.adoc", "See a doctor at once if your legs go numb.\n");
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(
                article,
                "\ninclude::partials/red-flags.adoc[]\n\ninclude::red-flag.adoc[]\n\ninclude::knee-stories.adoc[]\n");

        List<String> found = site.build().findings().stream()
                .filter(f -> f.rule().equals(RuleId.of("content/include-missing")))
                .map(f -> f.at().line() + ": " + f.message())
                .toList();

        String meant = "does not exist; did you mean include::../partials/red-flags.adoc[]? The path goes from the"
                + " including file's folder";
        assertEquals(
                List.of(
                        (first + 1) + ": the included file 'partials/red-flags.adoc' " + meant,
                        (first + 3) + ": the included file 'red-flag.adoc' " + meant,
                        (first + 5) + ": the included file 'knee-stories.adoc' does not exist; check the name and"
                                + " folder"),
                found);
    }

    @Test
    void anIncludeLoopIsOneMessageAtTheIncludeThatClosesIt() {
        TestSite site = TestSite.create(dir, "basic");
        site.write("content/partials/a.adoc", "Part A.\n\ninclude::b.adoc[]\n");
        site.write("content/partials/b.adoc", "Part B.\n\ninclude::a.adoc[]\n");
        site.write("content/partials/c.adoc", "Part C, twice.\n");
        String article = "content/blog/posture-at-work.adoc";
        site.append(
                article,
                "\ninclude::../partials/c.adoc[]\n\ninclude::../partials/c.adoc[]\n\ninclude::../partials/a.adoc[]\n");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(
                        "content/partials/b.adoc:3:1: error: 'a.adoc' includes, directly or through other files, the file"
                                + " that includes it here, so it would never end; remove one of the two includes"
                                + " [content/include-loop]"),
                outcome.findings().stream().map(Finding::format).toList(),
                "a partial included twice is no loop");
    }

    @Test
    void partialsInsideTheContentCanBeIncluded() {
        TestSite site = TestSite.create(dir, "basic", "include-escape");
        site.write(
                "content/blog/sneaky.adoc",
                site.read("content/blog/sneaky.adoc").replace("include::../../data/clinic.yml[]", ""));
        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> "findings: " + outcome.findings());
        String page = TestSite.files(site.www()).get("blog/sneaky/index.html");
        assertTrue(page.contains("Partialmarker"));
        assertFalse(TestSite.files(site.www()).keySet().stream().anyMatch(f -> f.contains("partials")));
    }

    /** Files saved by a word processor in Windows-1252: one message each, at the line, and the last site stays. */
    @Test
    void filesThatAreNotUtf8AreReportedAtTheirLineWithoutStoppingTheBuild() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());
        Map<String, String> before = TestSite.files(site.www());
        java.nio.charset.Charset windows1252 = java.nio.charset.Charset.forName("windows-1252");
        String text = site.read("content/blog/sciatica-basics.adoc") + "\nThe \u201Cbest\u201D stretch.\n";
        Files.write(site.root().resolve("content/blog/sciatica-basics.adoc"), text.getBytes(windows1252));
        Files.createDirectories(site.root().resolve("content/partials"));
        Files.write(site.root().resolve("content/partials/note.adoc"), "Call us \u2013 today.\n".getBytes(windows1252));
        site.write(
                "content/blog/posture-at-work.adoc",
                site.read("content/blog/posture-at-work.adoc") + "\ninclude::../partials/note.adoc[]\n");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(
                        "content/blog/sciatica-basics.adoc:" + text.lines().count() + ":5 content/unreadable",
                        "content/partials/note.adoc:1:9 content/unreadable"),
                outcome.findings().stream().map(f -> f.at() + " " + f.rule()).toList(),
                outcome.findings().toString());
        assertEquals(before, TestSite.files(site.www()), "the last good site stays");
    }

    @Test
    void clinicFactsAndSettingsThatAreNotUtf8AreReportedAtTheirLine() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        java.nio.charset.Charset latin1 = java.nio.charset.StandardCharsets.ISO_8859_1;
        String facts = site.read("data/clinic.yml");
        Files.write(site.root().resolve("data/clinic.yml"), (facts + "# caf\u00E9\n").getBytes(latin1));

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of("data/clinic.yml:" + (facts.lines().count() + 1) + ":6 facts/unreadable"),
                outcome.findings().stream().map(f -> f.at() + " " + f.rule()).toList());

        site.write("data/clinic.yml", facts);
        String settings = site.read("jbake.properties");
        Files.write(site.root().resolve("jbake.properties"), (settings + "# caf\u00E9\n").getBytes(latin1));
        outcome = site.build();
        assertEquals(
                List.of("jbake.properties:" + (settings.lines().count() + 1) + ":1 build/settings"),
                outcome.findings().stream().map(f -> f.at() + " " + f.rule()).toList());
    }

    /** Whoever edits a template is sent to its line and column, for a syntax error and for a failure while rendering. */
    @Test
    void aTemplateErrorIsReportedAtTheTemplatesLineAndColumn() {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());
        Map<String, String> before = TestSite.files(site.www());
        String archive = site.read("templates/archive.ftl");
        int lines = (int) archive.lines().count();

        site.write("templates/archive.ftl", archive + "<#if >\n");
        SiteBuild.Outcome syntax = site.build();

        site.write("templates/archive.ftl", archive + "  ${no_such_variable}\n");
        SiteBuild.Outcome rendering = site.build();

        for (SiteBuild.Outcome outcome : List.of(syntax, rendering)) {
            assertFalse(outcome.published());
            assertTrue(
                    outcome.findings().stream()
                            .anyMatch(f -> f.rule().equals(RuleId.of("template/error"))
                                    && f.at().toString().startsWith("templates/archive.ftl:" + (lines + 1) + ":")),
                    outcome.findings()::toString);
        }
        assertEquals(
                "templates/archive.ftl:" + (lines + 1) + ":5", // the name Freemarker could not find
                rendering.findings().stream()
                        .filter(f -> f.rule().equals(RuleId.of("template/error")))
                        .findFirst()
                        .orElseThrow()
                        .at()
                        .toString());
        assertEquals(before, TestSite.files(site.www()), "the last good site stays");
        assertEquals(
                List.of(),
                rendering.findings().stream()
                        .filter(f -> f.rule().equals(RuleId.of("html/invalid")))
                        .toList(),
                "the validator's view of a page cut off by its template is left out");
        assertFalse(
                org.slf4j.LoggerFactory.getLogger("freemarker.runtime").isErrorEnabled(),
                "Freemarker's own stack trace stays off the console: the finding says it all");
    }

    /**
     * A YAML file among the articles: one message, and the rest of the site as usual; a Markdown article, as JBake
     * writes one, is a page (before, it was refused as not AsciiDoc).
     */
    @Test
    void aFileInContentThatIsNoArticleIsOneMessageAtTheFile() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "content/blog/knee-tips.md",
                "title=Knee tips\nstatus=published\ntype=post\ndate=2026-01-01\n~~~~~~\n\nBend *gently*.\n");
        site.write("content/blog/list.yml", "tips: [walk, stretch]\n");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of("content/blog/list.yml:1:1 content/not-asciidoc"),
                outcome.findings().stream()
                        .filter(Finding::isError)
                        .map(f -> f.at() + " " + f.rule())
                        .toList());
        java.nio.file.Files.delete(site.root().resolve("content/blog/list.yml"));
        assertTrue(site.build().published());
        assertTrue(site.read("target/www/blog/knee-tips/index.html").contains("Bend <em>gently</em>."));
    }

    @Test
    void aFileNameThatCannotBeAnAddressIsOneMessageAndNoPage() {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "content/blog/Back Pain_Tips.adoc",
                site.read("content/blog/sciatica-basics.adoc").replaceFirst("= .*", "= Back Pain Tips"));

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of("content/blog/Back Pain_Tips.adoc:1:1: error: the file name 'Back Pain_Tips.adoc' becomes the"
                        + " page's address, which takes lower-case letters, digits and single hyphens only; rename"
                        + " the file to 'back-pain-tips.adoc' [content/file-name]"),
                outcome.findings().stream().map(Finding::format).toList());
    }

    /**
     * The site's description in jbake.properties is printed in every page's head and in the feed, where the page
     * check does not look: a number typed there is checked at its line, retired and current alike (a current one
     * would stay there when data/clinic.yml changes).
     */
    @Test
    void aNumberInTheSiteSettingsIsCheckedAtItsLine() {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "jbake.properties",
                site.read("jbake.properties")
                        .replaceFirst(
                                "site.description=.*",
                                "site.description=Call 202-555-0100 or 202-555-0110 for an appointment."));
        int line = site.lineOf("jbake.properties", "site.description=");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(
                        "jbake.properties:" + line + ":23 error facts/retired-phone",
                        "jbake.properties:" + line + ":39 error facts/typed-phone"),
                outcome.findings().stream()
                        .filter(f -> f.at().path().equals("jbake.properties"))
                        .map(f -> f.at() + " " + f.severity().label() + " " + f.rule())
                        .toList());
        Finding retired = outcome.findings().stream()
                .filter(f -> f.at().path().equals("jbake.properties"))
                .findFirst()
                .orElseThrow();
        assertTrue(retired.message().contains("write the text without the number"), retired.message());
    }

    /**
     * A finding that belongs to a page rather than to a line a writer wrote (a retired number in the site's title,
     * which every page shows) names the page where that build writes it: target/www in `mvn package`,
     * target/preview in the preview, whose terminal and panel show it.
     */
    @Test
    void aPagesFindingNamesThePageWhereThatBuildWritesIt() {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "jbake.properties",
                site.read("jbake.properties").replaceFirst("site.title=.*", "site.title=Spine Blog 202-555-0100"));

        List<String> published = pagesNamed(site.build());
        List<String> previewed = pagesNamed(site.preview());

        assertFalse(published.isEmpty());
        assertTrue(published.stream().allMatch(p -> p.startsWith("target/www/")), published.toString());
        assertFalse(previewed.isEmpty());
        assertTrue(previewed.stream().allMatch(p -> p.startsWith("target/preview/")), previewed.toString());
    }

    private static List<String> pagesNamed(SiteBuild.Outcome outcome) {
        return outcome.findings().stream()
                .map(f -> f.at().path())
                .filter(p -> p.startsWith("target/"))
                .distinct()
                .toList();
    }

    /**
     * A year typed wrong (2062 for 2026) schedules an article for decades: a warning at its date; a date within
     * the year ahead is an ordinary schedule, and says nothing.
     */
    @Test
    void anArticleScheduledMoreThanAYearAheadIsAWarningAtItsDate() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc"; // the fixtures' today is 2026-11-25
        String text = site.read(article);
        List<String> found = new java.util.ArrayList<>();
        for (String date : List.of("2062-08-01", "2027-08-01")) {
            site.write(article, text.replaceFirst(":jbake-date: .*", ":jbake-date: " + date));
            site.build().findings().stream()
                    .filter(f -> f.rule().equals(RuleId.of("content/far-future-date")))
                    .map(Finding::format)
                    .forEach(found::add);
        }

        assertEquals(
                List.of(article + ":" + site.lineOf(article, ":jbake-date:") + ":1: warning: the article is dated"
                        + " 2062-08-01, 35 years from now, so it stays off the site until that day; if the year is"
                        + " mistyped, write the day it should appear [content/far-future-date]"),
                found);
    }

    /** A misspelled attribute names the one meant: {clinic_phone} is {clinic-phone}. */
    @Test
    void aMisspelledAttributeNamesTheOneMeant() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int line = site.append(article, "\nCall {clinic_phone} today.\n") + 1;

        assertEquals(
                List.of(article + ":" + line + ":6: error: {clinic_phone} is not a known attribute; did you mean"
                        + " {clinic-phone}? [asciidoc/error]"),
                site.build().findings().stream()
                        .filter(Finding::isError)
                        .map(Finding::format)
                        .toList());
    }

    /** "Published" or "publised" meant to publish: the article stays out, and the writer is told why. */
    @Test
    void aStatusTheBuildDoesNotKnowIsAnErrorAtItsLineAndTheArticleStaysOut() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/sciatica-basics.adoc";
        String text = site.read(article).replaceFirst(":jbake-status: .*", ":jbake-status: Published");
        site.write(article, text);
        int line = site.lineOf(article, ":jbake-status:");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(article + ":" + line + ":1: error: ':jbake-status: Published' is not a status the build"
                        + " knows; write 'published' to publish the article or 'draft' to keep it out of the site"
                        + " (until then it stays out) [content/unknown-status]"),
                outcome.findings().stream()
                        .filter(f -> f.at().path().equals(article))
                        .map(Finding::format)
                        .toList());
        site.write(article, text.replace("Published", "published"));
        assertTrue(site.build().published());
    }

    @Test
    void aMisspelledHeaderLineIsAnErrorAtItsLineWithTheLineMeant() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/sciatica-basics.adoc";
        String text = site.read(article).replace(":jbake-tags:", ":jbake-tag:");
        site.write(article, text);
        int line = site.lineOf(article, ":jbake-tag:");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertTrue(
                outcome.findings().stream()
                        .map(Finding::format)
                        .anyMatch(f -> f.equals(article + ":" + line + ":1: error: ':jbake-tag:' is not a header line"
                                + " the build reads, so its value is ignored; did you mean ':jbake-tags:'?"
                                + " [content/unknown-header]")),
                outcome.findings()::toString);
    }

    /** "&" and "<" in a summary, an author or a topic reach readers as typed: escaped once, never "&amp;amp;". */
    @Test
    void headerValuesWithAmpersandsReachEveryPageAsTyped() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/sciatica-basics.adoc";
        String summary = "Sciatica & leg pain: what helps <and what does not>.";
        site.write(
                article,
                site.read(article)
                        .replaceFirst(":jbake-summary: .*", ":jbake-summary: " + summary)
                        .replaceFirst(":jbake-tags: .*", ":jbake-tags: knee & hip, nerve pain"));

        assertTrue(site.build().published());

        String html = site.read("target/www/blog/sciatica-basics/index.html");
        Document page = Jsoup.parse(html);
        assertEquals(summary, page.selectFirst("meta[name=description]").attr("content"));
        assertEquals(
                "knee & hip",
                page.selectFirst("a[href=/tags/knee-and-hip.html]").text());
        for (String file :
                List.of("target/www/blog/sciatica-basics/index.html", "target/www/index.html", "target/www/feed.xml")) {
            assertFalse(site.read(file).contains("&amp;amp;"), file + " escapes an ampersand twice");
            assertFalse(site.read(file).contains("\\u0026amp;"), file + " escapes an ampersand twice in JSON");
        }
        assertTrue(Jsoup.parse(site.read("target/www/index.html")).text().contains(summary));
    }

    /** Asciidoctor's "level 0 sections can only be used when doctype is book", in a writer's words. */
    @Test
    void aSecondTitleInTheBodyIsExplainedInWritersWords() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/sciatica-basics.adoc";
        int line = site.append(article, "\n= Another Title\n\nText.\n") + 1;

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(article + ":" + line + ":1: error: a line starting with a single '=' is a second title, and"
                        + " an article has only one; start a section with '== ' (and a section inside it with '=== ')"
                        + " [asciidoc/error]"),
                outcome.findings().stream().map(Finding::format).toList());
    }

    @Test
    void aTopicWithAccentsGetsAPlainAddressAndKeepsItsSpelling() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/sciatica-basics.adoc";
        site.write(article, site.read(article).replaceFirst(":jbake-tags: .*", ":jbake-tags: ciática, nerve pain"));

        assertTrue(site.build().published());

        Document page = Jsoup.parse(site.read("target/www/blog/sciatica-basics/index.html"));
        assertEquals(
                "ciática",
                page.select("a[href=/tags/ciatica.html]").first().text(),
                "linked by its plain address, shown as written");
        Document topic = Jsoup.parse(site.read("target/www/tags/ciatica.html"));
        assertTrue(
                topic.select("h1").text().contains("ciática"),
                topic.select("h1").text());
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());
        Map<String, String> before = TestSite.files(site.www());

        site.write(
                "content/blog/broken.adoc",
                "= Broken\n:jbake-type: post\n:jbake-status: published\n:jbake-date: 2026-13-45\n\nText.\n");
        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertTrue(
                outcome.findings().stream()
                        .anyMatch(f -> f.format()
                                .startsWith("content/blog/broken.adoc:4:1: error: '2026-13-45' is not a date")),
                outcome.findings().toString());
        assertEquals(before, TestSite.files(site.www()));
        assertFalse(Files.exists(site.root().resolve("target/www.staging")));
    }

    @Test
    void theSameInputGivesByteIdenticalOutputWithoutMachinePaths() {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());
        Map<String, String> first = TestSite.files(site.www());
        assertTrue(site.build().published());
        assertEquals(first, TestSite.files(site.www()));

        String root = site.root().toString();
        first.forEach((path, text) -> assertFalse(text.contains(root), "machine path in " + path));
        first.forEach((path, text) -> {
            if (path.endsWith(".html")) {
                Document page = Jsoup.parse(text);
                for (String url : page.select("[href]").eachAttr("href")) {
                    boolean internal = url.startsWith("/") || url.startsWith("#") || url.startsWith("tel:");
                    assertTrue(
                            internal || url.startsWith("https://blog.example.com/"),
                            "link to another host in " + path + ": " + url);
                }
                for (String url : page.select("[src]").eachAttr("src")) {
                    assertTrue(url.startsWith("/"), "resource from elsewhere in " + path + ": " + url);
                }
            }
        });
    }
}
