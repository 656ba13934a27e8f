package org.ispc.blog.asciidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Includes read as Asciidoctor reads them (its documented options: tag, tags, lines, leveloffset, indent), once
 * the include guard has allowed them; what an article meant to leave out of a shared piece stays out of the page.
 */
class IncludesTest {

    private static final String ARTICLE = "content/blog/posture-at-work.adoc";
    private static final String PAGE = "blog/posture-at-work/index.html";

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "content/partials/parts.adoc",
                "Untaggedmarker before the tags.\n\n// tag::short[]\nShortmarker: the part to show.\n// end::short[]\n\n"
                        + "// tag::internal[]\nInternalmarker: a note for the team only.\n// end::internal[]\n\n"
                        + "// tag::also[]\nAlsomarker: shown with tags.\n// end::also[]\n");
        site.write(
                "content/partials/lines.adoc",
                "Lineonemarker, left out.\n\nLinethreemarker, shown.\n\nLinefivemarker, shown.\n\nLinesevenmarker.\n");
        site.write("content/partials/heading.adoc", "== Partialheading\n\nText under the heading.\n");
        site.write("content/partials/listing.adoc", "        indentedcode();\n");
        return site;
    }

    private static Element body(TestSite site) {
        return Jsoup.parse(TestSite.files(site.www()).get(PAGE)).body();
    }

    /** Before: each include published the whole partial, the text meant to stay out included. */
    @Test
    void tagsAndLinesIncludeOnlyThePartsNamed() {
        TestSite site = site();
        site.append(
                ARTICLE,
                "\ninclude::../partials/parts.adoc[tag=short]\n\ninclude::../partials/parts.adoc[tags=also;!internal]\n"
                        + "\ninclude::../partials/lines.adoc[lines=3..5]\n");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> outcome.findings().toString());
        String text = body(site).text();
        for (String shown : List.of("Shortmarker", "Alsomarker", "Linethreemarker", "Linefivemarker")) {
            assertTrue(text.contains(shown), shown + " in " + text);
        }
        for (String left : List.of("Untaggedmarker", "Internalmarker", "Lineonemarker", "Linesevenmarker")) {
            assertFalse(text.contains(left), left + " must stay out of the page");
        }
    }

    /** Asciidoctor's other forms: all but one part, every part, lines in several ranges, a missing optional file. */
    @Test
    void wildcardsNegationsRangesAndOptionalFilesWorkAsInAsciidoctor() {
        TestSite site = site();
        site.append(
                ARTICLE,
                "\ninclude::../partials/parts.adoc[tag=!internal]\n\ninclude::../partials/parts.adoc[tags=**;!internal;!also]\n"
                        + "\ninclude::../partials/lines.adoc[lines=1;5..5]\n\ninclude::../partials/lines.adoc[lines=\"7..-1\"]\n"
                        + "\ninclude::../partials/not-written-yet.adoc[opts=optional]\n");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> outcome.findings().toString());
        String text = body(site).text();
        assertFalse(text.contains("Internalmarker"), text);
        assertEquals(2, count(text, "Shortmarker"), text);
        assertEquals(2, count(text, "Untaggedmarker"), text);
        assertEquals(1, count(text, "Alsomarker"), text);
        for (String shown : List.of("Lineonemarker", "Linefivemarker", "Linesevenmarker")) {
            assertEquals(1, count(text, shown), shown + " in " + text);
        }
        assertFalse(text.contains("Linethreemarker"), text);
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    @Test
    void leveloffsetAndIndentWorkAsInAsciidoctor() {
        TestSite site = site();
        site.append(
                ARTICLE,
                "\n== Exercises\n\ninclude::../partials/heading.adoc[leveloffset=+1]\n\n----\ninclude::../partials/listing.adoc[indent=0]\n"
                        + "----\n");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> outcome.findings().toString());
        Element body = body(site);
        assertTrue(body.select("h3").eachText().contains("Partialheading"), body.html());
        assertTrue(body.select("pre").stream().anyMatch(pre -> pre.wholeText().equals("indentedcode();")), body.html());
    }

    /**
     * A tag the partial lacks shows nothing, which the writer meant to show: an error at the include, naming the
     * partial as the project does; a slip inside the part shown is reported at its line in the partial.
     */
    @Test
    void aTagThePartialLacksIsAnErrorAtTheIncludeAndLinesInsideKeepTheirPlace() {
        TestSite site = site();
        site.write(
                "content/partials/lines.adoc",
                site.read("content/partials/lines.adoc")
                        .replace("Linefivemarker, shown.", "Linefivemarker, call {clinic-phon}."));
        int line = site.append(
                        ARTICLE,
                        "\ninclude::../partials/parts.adoc[tag=shrot]\n\ninclude::../partials/lines.adoc[lines=3..5]\n")
                + 1;

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        List<String> found = outcome.findings().stream().map(Finding::format).toList();
        assertEquals(2, found.size(), found.toString());
        assertTrue(
                found.get(0)
                        .startsWith(ARTICLE + ":" + line + ":1: error: the include asks for the part tagged 'shrot',"
                                + " which content/partials/parts.adoc does not mark"),
                found.get(0));
        assertTrue(
                found.get(1).startsWith("content/partials/lines.adoc:5:22: error: {clinic-phon} is not a known"),
                found.get(1));
        assertFalse(found.toString().contains(dir.toString()), "no path of the build machine: " + found);
    }

    /** Before: the preview re-read the saved article alone, and the article that included it kept the old text. */
    @Test
    void thePreviewRebuildsTheArticleThatIncludesTheOneSaved() {
        TestSite site = TestSite.create(dir, "basic");
        String included = "content/blog/sciatica-basics.adoc";
        site.append(ARTICLE, "\ninclude::sciatica-basics.adoc[lines=9]\n");
        try (org.ispc.blog.pipeline.LiveBuild live = new org.ispc.blog.pipeline.LiveBuild(
                SiteBuild.standard(TestSite.SharedAsciidoctor.get(), TestSite.CLOCK), site.root())) {
            assertTrue(live.run(java.util.Set.of("content")).published());
            site.write(included, site.read(included).replace("leg pain from", "Editedmarker leg pain from"));

            SiteBuild.Outcome outcome = live.run(java.util.Set.of(included));

            assertTrue(outcome.published(), () -> outcome.findings().toString());
            String page = TestSite.files(site.root().resolve(SiteBuild.PREVIEW)).get(PAGE);
            assertTrue(page.contains("Editedmarker"), page);
        }
    }

    /** Before: {docdir}, {docfile} and {user-home} published where the build ran, and whose home folder it was. */
    @Test
    void attributesThatNameFoldersNameThePlaceInTheProject() {
        TestSite site = TestSite.create(dir, "basic");
        site.append(ARTICLE, "\nDir [{docdir}] file [{docfile}] home [{user-home}].\n");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> outcome.findings().toString());
        String text = body(site).text();
        assertTrue(text.contains("Dir [content/blog] file [content/blog/posture-at-work.adoc] home [.]."), text);
        assertFalse(text.contains(System.getProperty("user.home")), text);
        assertFalse(text.contains(dir.toString()), text);
    }
}
