package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.junit.jupiter.api.Test;

/** Generated pages: visible text, tel: links and JSON-LD, placed in the page or in the source it came from. */
class FactsCheckPageTest {

    private static final String PAGE = "target/www/blog/a/index.html";
    private final FactsCheck check = Fixture.check();
    private final String html = Fixture.resource("page.html");

    @Test
    void reportsStaleFactsAtTheirPlaceInTheHtml() {
        List<Finding> found = check.checkPage(PAGE, html, SourceResolver.NONE);

        assertEquals(
                List.of(
                        "6:42 error facts/retired-phone", // JSON-LD telephone
                        "12:28 error facts/retired-office", // one run of text across <b>, after an &amp; entity
                        "12:63 error facts/retired-phone",
                        "13:24 error facts/tel-mismatch",
                        "13:38 error facts/unknown-phone"),
                Fixture.briefs(found));
        found.forEach(f -> assertEquals(PAGE, f.at().path()));
    }

    /** A screen reader says a picture's description: it is read like the text around it. */
    @Test
    void aPicturesDescriptionIsRead() {
        String page = "<!DOCTYPE html>\n<html><body>\n<p>Find us:</p>\n"
                + "<p><img src=\"/images/sign.jpg\" alt=\"Our old sign: call 202-555-0100\"></p>\n</body></html>\n";

        assertEquals(
                List.of("4:56 error facts/retired-phone"),
                Fixture.briefs(check.checkPage(PAGE, page, SourceResolver.NONE)));
    }

    @Test
    void wordsPageFindingsForBothKindsOfSource() {
        List<Finding> found = check.checkPage(PAGE, html, SourceResolver.NONE);

        assertEquals(
                "target/www/blog/a/index.html:12:63: error: 202-555-0100 was the clinic's number until 2024-03-01;"
                        + " the number now is 202-555-0110: write {clinic-phone} (in a template, ${clinic.phone})"
                        + " instead [facts/retired-phone]",
                found.get(2).format());
    }

    @Test
    void placesFindingsInTheSourceTheResolverNames() {
        List<String> asked = new ArrayList<>();
        SourceResolver resolver = (page, snippet) -> {
            asked.add(page + " " + snippet);
            return snippet.equals("202-555-0100")
                    ? Optional.of(Position.at("content/blog/a.adoc", 9, 31))
                    : Optional.empty();
        };

        List<Finding> found = check.checkPage(PAGE, html, resolver);

        assertEquals(
                List.of(
                        "content/blog/a.adoc:9:31 facts/retired-phone",
                        PAGE + ":6:42 facts/retired-phone",
                        PAGE + ":12:28 facts/retired-office",
                        PAGE + ":13:24 facts/tel-mismatch",
                        PAGE + ":13:38 facts/unknown-phone"),
                found.stream().map(f -> f.at() + " " + f.rule()).toList());
        assertEquals(
                List.of(
                        PAGE + " +1-202-555-0100",
                        PAGE + " +12025550110",
                        PAGE + " 202-555-0100",
                        PAGE + " 202-555-0142",
                        PAGE + " our Silver Spring office"),
                asked.stream().sorted().toList());
    }

    @Test
    void passesAPageThatTakesEveryFactFromTheData() {
        String page =
                "<html><head><script type=\"application/ld+json\">{\"telephone\": \"+12025550110\"}</script></head>"
                        + "<body><a href=\"tel:+12025550110\">202-555-0110</a><p>Our Arlington office: 703-555-0111."
                        + " Crisis line: 988. Helpline 1-800-555-0199.</p></body></html>";

        assertEquals(List.of(), check.checkPage(PAGE, page, SourceResolver.NONE));
    }
}
