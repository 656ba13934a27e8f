package org.ispc.blog.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLintTest {

    @TempDir
    Path dir;

    @Test
    void everySlipOfTheSeedArticleIsCaughtAtItsLine() {
        TestSite site = TestSite.create(dir, "basic", "lint-defects");
        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        List<String> lint = lintOf(outcome);
        assertEquals(
                List.of(
                        "content/blog/knee-pain.adoc:9:27 error lint/foreign-script",
                        "content/blog/knee-pain.adoc:10:42 error lint/missing-list",
                        "content/blog/knee-pain.adoc:14:12 error lint/mojibake",
                        "content/blog/knee-pain.adoc:16:1 error lint/image-alt",
                        "content/blog/knee-pain.adoc:18:1 error lint/heading-skip",
                        "content/blog/knee-pain.adoc:20:11 warning lint/vague-link-text",
                        "content/blog/sciatica-again.adoc:1:1 error lint/duplicate-title",
                        "content/blog/sciatica-again.adoc:1:1 warning lint/no-tags",
                        "content/blog/sciatica-basics.adoc:1:1 error lint/duplicate-title"),
                lint);
        Finding dash = outcome.findings().stream()
                .filter(f -> f.rule().equals(RuleId.of("lint/foreign-script")))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "content/blog/knee-pain.adoc:9:27: error: the character '\u4e00' (U+4E00, han script) stands in English text: it"
                        + " looks like a dash but is the Chinese character for 'one'; write -- (an em dash) instead"
                        + " [lint/foreign-script]",
                dash.format());
    }

    /** Writers on Windows save lines ending in \r\n: the same findings, at the same places. */
    @Test
    void filesSavedWithWindowsLineEndsGetTheSameFindings() {
        TestSite unix = TestSite.create(dir.resolve("unix"), "basic", "lint-defects");
        TestSite windows = TestSite.create(dir.resolve("windows"), "basic", "lint-defects");
        savedOnWindows(windows);

        List<String> onUnix =
                unix.build().findings().stream().map(Finding::format).toList();
        List<String> onWindows =
                windows.build().findings().stream().map(Finding::format).toList();

        assertTrue(onUnix.stream().anyMatch(f -> f.contains("[lint/missing-list]")), onUnix::toString);
        assertEquals(onUnix, onWindows);
    }

    /** And the same pages: nothing of the line ends reaches the site. */
    @Test
    void filesSavedWithWindowsLineEndsGiveTheSameSite() {
        TestSite unix = TestSite.create(dir.resolve("unix"), "basic");
        TestSite windows = TestSite.create(dir.resolve("windows"), "basic");
        savedOnWindows(windows);

        assertTrue(unix.build().published());
        assertTrue(windows.build().published(), () -> windows.build().findings().toString());
        assertEquals(TestSite.files(unix.www()), TestSite.files(windows.www()));
    }

    /**
     * Windows Notepad saved "UTF-8 with BOM": an invisible mark before the first line, which Asciidoctor skips. The
     * rules that read the first line took the title after it for a line glued under the header, and failed the
     * build; now the articles, and the clinic facts, read as they do without it.
     */
    @Test
    void filesSavedWithAByteOrderMarkGiveTheSameSite() {
        TestSite plain = TestSite.create(dir.resolve("plain"), "basic");
        TestSite marked = TestSite.create(dir.resolve("marked"), "basic");
        Stream.concat(
                        TestSite.files(marked.root().resolve("content")).keySet().stream()
                                .filter(f -> f.endsWith(".adoc"))
                                .map(f -> "content/" + f),
                        Stream.of("data/clinic.yml"))
                .forEach(path -> marked.write(path, "\uFEFF" + marked.read(path)));

        assertTrue(plain.build().published());
        SiteBuild.Outcome outcome = marked.build();
        assertEquals(List.of(), outcome.findings().stream().map(Finding::format).toList());
        assertEquals(TestSite.files(plain.www()), TestSite.files(marked.www()));
    }

    /** Every AsciiDoc file of the site's content saved again with \r\n line ends. */
    private static void savedOnWindows(TestSite site) {
        TestSite.files(site.root().resolve("content")).keySet().stream()
                .filter(f -> f.endsWith(".adoc"))
                .map(f -> "content/" + f)
                .forEach(path -> site.write(path, site.read(path).replace("\n", "\r\n")));
    }

    /**
     * A list or picture written right under a sentence prints as words of that sentence ("including: * a * b"),
     * the empty list of the seed article in another form; AsciiDoc's own ways of attaching blocks stay quiet.
     */
    @Test
    void aListOrPictureGluedToTheSentenceAboveIsCaughtAndAsciiDocsOwnAttachmentsAreNot() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(article, """

                        Common causes include:
                        * sitting for hours
                        * a low screen

                        Here is the stretch.
                        image::stretch.jpg[A seated stretch]

                        * item one
                        more words of item one
                        * item two
                        +
                        image::stretch.jpg[A seated stretch]

                        Posture:: how you hold yourself
                        * at the desk

                        .What helps
                        * a break every hour

                        [square]
                        * a walk

                        |===
                        |Cell text
                        * not a list in a table
                        |===
                        """);

        List<String> glued = site.build().findings().stream()
                .filter(f -> f.rule().equals(RuleId.of("lint/glued-block")))
                .map(f -> f.at().toString())
                .toList();

        assertEquals(List.of(article + ":" + (first + 2) + ":1", article + ":" + (first + 6) + ":1"), glued);
    }

    @Test
    void anArticleWithoutTextIsAnErrorUnlessADraftAndOneWithoutAuthorAWarning() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        String text = site.read(article);
        String header = text.substring(0, text.indexOf("\n\n") + 1);
        String withoutAuthor = text.replaceFirst("\n[^:\n][^\n]*\n", "\n");
        site.write(article, header + "\n// to be written\n");

        List<String> empty = lintOf(site.build());
        site.write(article, (header + "\n").replace(":jbake-status: published", ":jbake-status: draft"));
        List<String> emptyDraft = lintOf(site.build());
        site.write(article, withoutAuthor);
        List<String> noAuthor = lintOf(site.build());

        assertEquals(List.of(article + ":1:1 error lint/empty-article"), empty);
        assertEquals(List.of(), emptyDraft);
        assertEquals(List.of(article + ":2:1 warning lint/no-author"), noAuthor);
    }

    private static List<String> lintOf(SiteBuild.Outcome outcome) {
        return outcome.findings().stream()
                .filter(f -> f.rule().family().equals("lint"))
                .map(f -> f.at() + " " + f.severity().label() + " " + f.rule())
                .toList();
    }

    /** A review's reviewer without its date, its date without a reviewer, and a date still to come. */
    @Test
    void aMedicalReviewNeedsBothLinesAndADayThatHasCome() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        String text = site.read(article);
        String tomorrow = TestSite.CLOCK
                .instant()
                .atZone(java.time.ZoneOffset.UTC)
                .toLocalDate()
                .plusDays(1)
                .toString();

        List<String> found = new java.util.ArrayList<>();
        for (String review : List.of(
                ":jbake-reviewed-by: Jane Doe, PT\n",
                ":jbake-reviewed-on: 2026-10-01\n",
                ":jbake-reviewed-by: Jane Doe, PT\n:jbake-reviewed-on: " + tomorrow + "\n")) {
            site.write(article, text.replace(":jbake-tags:", review + ":jbake-tags:"));
            found.addAll(lintOf(site.build()));
        }

        int line = site.lineOf(article, ":jbake-reviewed-by:");
        assertEquals(
                List.of(
                        article + ":" + line + ":1 warning lint/review-incomplete",
                        article + ":" + line + ":1 warning lint/review-incomplete",
                        article + ":" + (line + 1) + ":1 error lint/review-future"),
                found);
    }

    /**
     * The fixture article with every block the writer's guide allows (call-outs, quotes, sidebars, footnotes, lists
     * of each kind, tables, examples, listings) passes every check: none of them is taken for a writer's slip.
     */
    @Test
    void everyKindOfBlockPassesEveryCheck() {
        TestSite site = TestSite.create(dir, "basic", "blocks");
        SiteBuild.Outcome outcome = site.build();

        assertEquals(
                List.of(),
                outcome.findings().stream()
                        .filter(f -> f.at().path().contains("every-kind-of-block"))
                        .map(Finding::format)
                        .toList());
        assertTrue(outcome.published(), () -> outcome.findings().toString());
    }

    /** What the rules starting with {@code rule} find once {@code text} is added at the end of an article of the basic site. */
    private record Appended(String article, int first, List<Finding> found) {}

    private Appended appendToAnArticle(String text, String rule) {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(article, text);
        List<Finding> found = site.build().findings().stream()
                .filter(f -> f.rule().toString().startsWith(rule))
                .toList();
        return new Appended(article, first, found);
    }

    /** HTML typed in the text is shown as typed: each line's first tag, with the AsciiDoc for it. */
    @Test
    void htmlTagsTypedInTheTextGetTheAsciiDocForThem() {
        Appended a = appendToAnArticle(
                "\nHere are <b>some</b> tips.<br>See <a href=\"https://www.nih.gov/\">the NIH</a>.\n"
                        + "\nA tag in code, `<br>`, a cross reference, <<desk-tips>>, and 3 < 5 > 2 are fine.\n"
                        + "\nA line<br/>break.\n",
                "lint/html-tag");
        assertEquals(
                List.of(
                        a.article() + ":" + (a.first() + 1) + ":10: error: '<b>' is HTML, which AsciiDoc shows"
                                + " exactly as typed; write *bold words* between stars [lint/html-tag]",
                        a.article() + ":" + (a.first() + 5) + ":7: error: '<br/>' is HTML, which AsciiDoc shows"
                                + " exactly as typed; end the line with a space and a '+' to break it there, or leave"
                                + " an empty line for a new paragraph [lint/html-tag]"),
                a.found().stream().map(Finding::format).toList());
    }

    /** "== " with no words is printed as "==": the heading the writer began, at its line; "====" opens a block. */
    @Test
    void aHeadingWithoutWordsIsCaught() {
        Appended a = appendToAnArticle(
                "\n== \n\nText under it.\n\n===\n\nMore.\n\n====\nAn example block.\n====\n", "lint/empty-heading");
        assertEquals(
                List.of(
                        a.article() + ":" + (a.first() + 1) + ":1: error: this heading has no words, and the page"
                                + " would show '==' as a line of text; write the heading after the equals signs and a"
                                + " space, such as '== When to see a specialist', or delete the line"
                                + " [lint/empty-heading]",
                        a.article() + ":" + (a.first() + 5) + ":1: error: this heading has no words, and the page"
                                + " would show '===' as a line of text; write the heading after the equals signs and a"
                                + " space, such as '=== When to see a specialist', or delete the line"
                                + " [lint/empty-heading]"),
                a.found().stream().map(Finding::format).toList());
    }

    /** ":Tip: drink water" in the text is a setting the page never shows; one-word settings are left alone. */
    @Test
    void aLineOfTextWrittenAsASettingIsCaught() {
        Appended a = appendToAnArticle(
                "\n:Tip: drink water before bed.\n\n:Reminder: stretch every day.\n\n:figure-caption!:\n\nMore.\n",
                "lint/setting-line");
        assertEquals(
                List.of(
                        a.article() + ":" + (a.first() + 1) + ":1: error: this line starts with ':Tip:', which AsciiDoc"
                                + " reads as a setting named 'Tip', and the page does not show it; write 'Tip: drink"
                                + " water before bed.' without the first colon, or 'TIP: drink water before bed.' for"
                                + " a tip box [lint/setting-line]",
                        a.article() + ":" + (a.first() + 3) + ":1: error: this line starts with ':Reminder:', which"
                                + " AsciiDoc reads as a setting named 'Reminder', and the page does not show it; write"
                                + " 'Reminder: stretch every day.' without the first colon [lint/setting-line]"),
                a.found().stream().map(Finding::format).toList());
    }

    /** Topics separated by semicolons, or written as hashtags, as other tools taught: the line to write. */
    @Test
    void topicsSeparatedBySemicolonsOrWrittenAsHashtagsGetTheLineToWrite() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        String hashtags = "content/blog/sciatica-basics.adoc";
        site.write(
                article, site.read(article).replaceFirst(":jbake-tags:.*", ":jbake-tags: posture; desk work, sitting"));
        site.write(hashtags, site.read(hashtags).replaceFirst(":jbake-tags:.*", ":jbake-tags: #sciatica, nerve pain"));

        List<String> found = site.build().findings().stream()
                .filter(f -> f.rule().equals(RuleId.of("lint/topic-format")))
                .map(Finding::format)
                .toList();

        assertEquals(2, found.size(), found::toString);
        assertTrue(
                found.get(0)
                        .endsWith("error: topics are separated by commas, and this makes 'posture; desk work'"
                                + " one topic; write ':jbake-tags: posture, desk work, sitting' [lint/topic-format]"),
                found::toString);
        assertTrue(
                found.get(1)
                        .endsWith("error: a topic is written as words, without '#': write 'sciatica' (several"
                                + " words are fine, such as 'back pain') [lint/topic-format]"),
                found::toString);
    }

    /**
     * A table row short of a cell is left out of the page by AsciiDoc without a word; complete tables, tables with
     * their own columns and tables with spans pass.
     */
    @Test
    void aTableWhoseLastRowIsShortOfCellsIsCaught() {
        Appended a = appendToAnArticle(
                "\n|===\n|Position |Pillow\n\n|Side |Between the knees\n|Back\n|===\n"
                        + "\n|===\n|Position |Pillow\n\n|Back |Under the knees\n|===\n"
                        + "\n[cols=\"1,1\"]\n|===\n|Position\n|Pillow\n|Back\n|===\n"
                        + "\n|===\n|A |B |C\n2+|spans two |C\n|===\n",
                "lint/table-cells");
        assertEquals(
                List.of(a.article() + ":" + (a.first() + 5) + ":1"),
                a.found().stream().map(f -> f.at().toString()).toList());
        assertTrue(a.found()
                .get(0)
                .message()
                .startsWith("this table has 2 columns (its first line has 2 cells) but 5"
                        + " cells in all, so its last row is incomplete"));
    }

    /**
     * A heading that skips a level was told three times: Asciidoctor's "section title out of sequence", the lint's
     * warning, and the HTML validator's error at the published page, the only one that failed the build. Now one
     * error, at the heading, with what to write.
     */
    @Test
    void aHeadingThatSkipsALevelIsOneErrorAtItsLine() {
        Appended a = appendToAnArticle("\n=== Too deep a heading\n\nSome text.\n", "");
        assertEquals(
                List.of(a.article() + ":" + (a.first() + 1) + ":1: error: this heading jumps from level 1 to level 3;"
                        + " use == so screen readers can follow the outline [lint/heading-skip]"),
                a.found().stream().map(Finding::format).toList());
    }

    /**
     * A paragraph pasted with spaces or a tab before it is shown as a grey box of fixed-width text, in a list item
     * too; indented list items, a description on the line under its term and an indented second line of a
     * paragraph are AsciiDoc's own and pass (nor is the term taken for a sentence awaiting a list).
     */
    @Test
    void aParagraphStartingWithSpacesIsCaughtAndAsciiDocsOwnIndentsAreNot() {
        Appended a = appendToAnArticle(
                "\n  Pasted paragraph.\n\n* item\n\n\tafter the item\n\n  * indented item\n  * more\n"
                        + "\nTerm::\n  its description\n\nA sentence\n  continued on an indented line.\n",
                "lint/");
        assertEquals(
                List.of(
                        a.article() + ":" + (a.first() + 1) + ":3: lint/indented-text",
                        a.article() + ":" + (a.first() + 5) + ":2: lint/indented-text"),
                a.found().stream().map(f -> f.at() + ": " + f.rule()).toList());
        assertTrue(a.found().get(0).message().endsWith("delete the spaces before 'Pasted paragraph.'"));
    }

    /**
     * A comma in a picture's description ends it, and AsciiDoc takes the rest as the width (an invalid page, a
     * description cut short for screen readers); quoted descriptions, widths and named attributes are fine.
     */
    @Test
    void aCommaInAPicturesDescriptionIsCaughtUnlessQuoted() {
        Appended a = appendToAnArticle(
                "\nimage::stretch.jpg[A patient stretching, arms raised]\n"
                        + "\nimage::stretch.jpg[\"A patient stretching, arms raised\"]\n"
                        + "\nimage::stretch.jpg[A patient stretching, 300]\n"
                        + "\nimage::stretch.jpg[A patient stretching, width=300]\n"
                        + "\nTry this image:stretch.jpg[one arm, then the other] twice.\n"
                        + "\nimage::stretch.jpg[\u201CA patient stretching, arms raised\u201D]\n",
                "lint/image-comma");
        assertEquals(
                List.of(
                        a.article() + ":" + (a.first() + 1) + ":20",
                        a.article() + ":" + (a.first() + 9) + ":28",
                        a.article() + ":" + (a.first() + 11) + ":20"),
                a.found().stream().map(f -> f.at().toString()).toList());
        assertTrue(
                a.found()
                        .get(2)
                        .message()
                        .endsWith("put the whole description in straight double quotes (curly ones, from a word"
                                + " processor, are not quotes to AsciiDoc): image::stretch.jpg[\"A patient"
                                + " stretching, arms raised\"]"),
                a.found().get(2).message());
        assertTrue(
                a.found()
                        .get(0)
                        .message()
                        .endsWith("('arms raised') as the picture's width; put the whole description in double"
                                + " quotes: image::stretch.jpg[\"A patient stretching, arms raised\"]"),
                a.found().get(0).message());
        assertTrue(
                a.found().get(1).message().endsWith("quotes: image:stretch.jpg[\"one arm, then the other\"]"),
                a.found().get(1).message());
    }

    /**
     * Markdown habits that AsciiDoc shows as typed: links, pictures and tables. Each is refused at its line with
     * the AsciiDoc to write; AsciiDoc's own links, tables and a bracket followed by words in parentheses are not.
     */
    @Test
    void linksPicturesAndTablesWrittenTheMarkdownWayAreRefusedWithTheAsciidocToWrite() {
        Appended a = appendToAnArticle(
                "\nRead [the NIH page](https://www.nih.gov/health) and [ours](sciatica-basics.adoc).\n"
                        + "\n![A seated stretch](/images/stretch.jpg)\n"
                        + "\n| Position | Why |\n|---|:---:|\n| Side | Straight |\n"
                        + "\nAsciiDoc links: https://www.nih.gov/[the NIH] (a government site) and [a note] (aside).\n"
                        + "\n|===\n|Position |Why\n\n|Side |Straight\n|===\n",
                "lint/markdown");
        assertEquals(
                List.of(
                        a.article() + ":" + (a.first() + 1) + ":6 ...write https://www.nih.gov/health[the NIH page]",
                        a.article() + ":" + (a.first() + 1) + ":53 ...write xref:sciatica-basics.adoc[ours]",
                        a.article() + ":" + (a.first() + 3) + ":1 ...write image::stretch.jpg[A seated stretch]",
                        a.article() + ":" + (a.first() + 5) + ":1 ...this table is written the Markdown way"),
                a.found().stream()
                        .map(f -> f.at() + " ..."
                                + (f.message().contains("write ")
                                        ? f.message().substring(f.message().lastIndexOf("write "))
                                        : f.message().substring(0, f.message().indexOf(','))))
                        .toList());
    }

    /**
     * Lists pasted from a word processor ("• item", "1) item", "– item", Word's own "- ") are printed by AsciiDoc as
     * text: one error at the first item, instead of a missing list at the sentence before; a heading that ends with
     * ':' needs no list, and one line after a dash is a sentence.
     */
    @Test
    void listsPastedFromAWordProcessorAreCaughtAtTheirFirstItem() {
        Appended a = appendToAnArticle(
                "\n== What helps:\n\nTry these:\n\n\u2022 Stretch daily\n\u2022 Walk often\n"
                        + "\nThen:\n\n1) Stand up\n2) Sit down\n"
                        + "\nAnd:\n\n\u2013 Rest\n\u2013 Ice\n"
                        + "\n\u2014 a quotation's author, on one line\n",
                "lint/");

        assertEquals(
                List.of(
                        a.article() + ":" + (a.first() + 5) + ":1 error lint/word-list",
                        a.article() + ":" + (a.first() + 10) + ":1 error lint/word-list",
                        a.article() + ":" + (a.first() + 15) + ":1 error lint/word-list"),
                a.found().stream()
                        .map(f -> f.at() + " " + f.severity().label() + " " + f.rule())
                        .toList());
        assertTrue(
                a.found().get(0).message().contains("start each item with '* '"),
                a.found().get(0).message());
        assertTrue(
                a.found().get(1).message().contains("start each item with '. '"),
                a.found().get(1).message());
    }

    /**
     * A no-break space pasted after '==' or after a header line's name hides the markup from AsciiDoc: the heading
     * is printed as text, and ':jbake-status:' followed by one leaves the article a draft without a word (drafts
     * are not linted, so the header lines of every document are looked at).
     */
    @Test
    void aNoBreakSpaceAfterMarkupIsCaughtEvenWhenItMakesTheArticleADraft() {
        Appended heading = appendToAnArticle("\n==\u00A0Exercises\n\nStand up.\n", "lint/no-break-space");
        assertEquals(
                List.of(heading.article() + ":" + (heading.first() + 1) + ":3"),
                heading.found().stream().map(f -> f.at().toString()).toList());

        TestSite site = TestSite.create(dir.resolve("status"), "basic");
        String article = "content/blog/posture-at-work.adoc";
        site.write(article, site.read(article).replace(":jbake-status: ", ":jbake-status:\u00A0"));
        SiteBuild.Outcome outcome = site.build();
        assertEquals(
                List.of(article + ":" + site.lineOf(article, ":jbake-status:") + ":15"),
                outcome.findings().stream()
                        .filter(f -> f.rule().equals(RuleId.of("lint/no-break-space")))
                        .map(f -> f.at().toString())
                        .toList());
        assertFalse(outcome.published());
    }

    /**
     * A summary is plain text wherever it is shown: bold, a link or an xref in it would appear as typed. Plain
     * words with underscores or stars between numbers are not formatting.
     */
    @Test
    void formattingOrALinkInTheSummaryIsCaught() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        String text = site.read(article);
        List<String> found = new java.util.ArrayList<>();
        for (String summary : List.of(
                "Small *daily* changes at your desk.",
                "Read xref:sciatica-basics.adoc[our sciatica guide] first.",
                "See https://www.nih.gov/[the NIH] for more.",
                "Relief for back_pain, 5 * 3 stretches and the patient_s guide.")) {
            site.write(article, text.replaceFirst(":jbake-summary: .*", ":jbake-summary: " + summary));
            site.build().findings().stream()
                    .filter(f -> f.rule().equals(RuleId.of("lint/summary-markup")))
                    .map(f -> f.message().replaceAll(".*so '(.*)' would appear.*", "$1"))
                    .forEach(found::add);
        }

        assertEquals(
                List.of("*daily*", "xref:sciatica-basics.adoc[our sciatica guide]", "https://www.nih.gov/[the NIH]"),
                found);
    }

    /** A line of text right under the header lines is left out of the page by AsciiDoc: it is refused. */
    @Test
    void aLineGluedToTheHeaderIsRefused() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        site.write(
                article,
                site.read(article)
                        .replace(
                                "and neck.\n\nRaise",
                                "and neck.\n// a comment may follow the header\nRaise your screen.\n\nRaise"));

        List<String> found = lintOf(site.build());

        int line = site.lineOf(article, "Raise your screen.");
        assertEquals(List.of(article + ":" + line + ":1 error lint/glued-header"), found);
    }

    /** An update dated before the article itself, or after today, is refused at its line. */
    @Test
    void anUpdateComesAfterTheArticlesDateAndNotAfterToday() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc"; // dated 2026-08-01; the fixtures' today is 2026-11-25
        String text = site.read(article);

        List<String> found = new java.util.ArrayList<>();
        for (String updated : List.of("2026-07-31", "2026-11-26", "2026-08-01", "2026-11-25")) {
            site.write(article, text.replace(":jbake-tags:", ":jbake-updated: " + updated + "\n:jbake-tags:"));
            found.addAll(lintOf(site.build()));
        }

        int line = site.lineOf(article, ":jbake-updated:");
        assertEquals(
                List.of(
                        article + ":" + line + ":1 error lint/updated-before-date",
                        article + ":" + line + ":1 error lint/updated-future"),
                found);
    }

    @Test
    void aDocumentFoundCleanBeforeIsCheckedAgainOnceItChanges() {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().findings().stream()
                .noneMatch(f -> f.rule().family().equals("lint")));
        String article = "content/blog/sciatica-basics.adoc";
        site.write(article, site.read(article) + "\nCommon causes include:\n\nSee your doctor.\n");

        SiteBuild.Outcome outcome = site.build();
        assertTrue(
                outcome.findings().stream()
                        .anyMatch(f -> f.rule().equals(RuleId.of("lint/missing-list"))
                                && f.at().path().equals(article)),
                () -> outcome.findings().toString());
        assertEquals(outcome.findings(), site.build().findings(), "the same findings on the next build");
    }

    @Test
    void theShippedKindOfContentPassesWithoutFindings() {
        TestSite site = TestSite.create(dir, "basic");
        SiteBuild.Outcome outcome = site.build();
        assertEquals(
                List.of(),
                outcome.findings().stream()
                        .filter(f -> f.rule().family().equals("lint"))
                        .toList());
    }

    @Test
    void aMedicalReviewOlderThanTwelveMonthsIsReportedAtItsLine() {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "content/blog/neck-injections.adoc",
                site.read("content/blog/neck-injections.adoc")
                        .replace(
                                ":jbake-tags:",
                                ":jbake-reviewed-by: Dr. Fixture, MD\n:jbake-reviewed-on: 2025-10-01\n:jbake-tags:"));
        site.write(
                "content/blog/posture-at-work.adoc",
                site.read("content/blog/posture-at-work.adoc")
                        .replace(
                                ":jbake-tags:",
                                ":jbake-reviewed-by: Dr. Fixture, MD\n:jbake-reviewed-on: 2026-10-01\n:jbake-tags:"));
        SiteBuild.Outcome outcome = site.build();

        assertEquals(
                List.of(
                        "content/blog/neck-injections.adoc:7:1: warning: the medical review dates from 2025-10-01, more than"
                                + " 12 months ago; ask a clinician to review the article again, then update :jbake-reviewed-by: and"
                                + " :jbake-reviewed-on: [lint/review-due]"),
                outcome.findings().stream()
                        .filter(f -> f.rule().equals(RuleId.of("lint/review-due")))
                        .map(Finding::format)
                        .toList());
    }

    @Test
    void placeholdersOfTheNewArticleTemplateStopPublishingButNotDrafts() {
        TestSite site = TestSite.create(dir, "basic");
        String draft = "= Knee Care\nFixture Team\n:jbake-type: post\n:jbake-status: draft\n:jbake-date: 2026-04-01\n"
                + ":jbake-tags: TODO two to four topics\n:jbake-summary: Knee care.\n\nText.\n";
        site.write("content/blog/knee-care.adoc", draft);
        assertEquals(
                List.of(),
                site.build().findings().stream()
                        .filter(f -> f.rule().equals(RuleId.of("lint/placeholder")))
                        .toList());

        site.write("content/blog/knee-care.adoc", draft.replace("draft", "published"));
        SiteBuild.Outcome outcome = site.build();
        assertFalse(outcome.published());
        assertEquals(
                List.of("content/blog/knee-care.adoc:6:14: error: this line still holds the placeholder 'TODO' from the"
                        + " new-article template; write the text, or set :jbake-status: draft until it is ready"
                        + " [lint/placeholder]"),
                outcome.findings().stream()
                        .filter(f -> f.rule().equals(RuleId.of("lint/placeholder")))
                        .map(Finding::format)
                        .toList());
    }
}
