package org.ispc.blog.facts;

import static org.ispc.blog.facts.FactsCheck.SourceKind.ARTICLE;
import static org.ispc.blog.facts.FactsCheck.SourceKind.PAGE;
import static org.ispc.blog.facts.FactsCheck.SourceKind.TEMPLATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Named.named;

import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.facts.FactsCheck.SourceKind;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sources as writers edit them: articles, pages and templates, one row per notation, look-alike and phrase. */
class FactsCheckSourceTest {

    private static final String ARTICLE_PATH = "content/blog/a.adoc";
    private final FactsCheck check = Fixture.check();

    /** An article whose summary (line 3) and body (line 6) are given. */
    private static String article(String summary, String body) {
        return String.join(
                "\n",
                "= Back pain at a desk",
                ":jbake-type: post",
                ":jbake-summary: " + summary,
                ":jbake-date: 2024-05-01",
                "",
                body,
                "");
    }

    private static String body(String line) {
        return article("Back pain at a desk.", line);
    }

    /** A template whose line 3 is given. */
    private static String template(String line) {
        return String.join(
                "\n", "<#import \"layout.ftl\" as layout>", "<@layout.page title=\"x\">", line, "</@layout.page>");
    }

    record Case(SourceKind kind, String text, List<String> expected) {}

    private static Named<Case> row(String name, SourceKind kind, String text, String... expected) {
        return named(name, new Case(kind, text, List.of(expected)));
    }

    /** The retired number in each common notation, in the body of an article. */
    static Stream<Named<Case>> retiredNumberInBody() {
        return Stream.of(
                        "(202) 555-0100",
                        "202-555-0100",
                        "202.555.0100",
                        "202 555 0100",
                        "+1 202 555 0100",
                        "1-202-555-0100",
                        "2025550100",
                        "202–555–0100")
                .map(n -> row("body, " + n, ARTICLE, body("Call " + n + " today."), "6:6 error facts/retired-phone"));
    }

    static Stream<Named<Case>> retiredNumber() {
        String retired = "error facts/retired-phone";
        return Stream.of(
                row("body, bare tel: URI", ARTICLE, body("Call tel:+12025550100 today."), "6:10 " + retired),
                row("body, after an emoji", ARTICLE, body("📞 202-555-0100"), "6:3 " + retired),
                row(
                        "body, second of two numbers",
                        ARTICLE,
                        body("Call 202-555-0110 or 202-555-0100."),
                        "6:6 warning facts/typed-phone",
                        "6:22 " + retired),
                row("summary header line", ARTICLE, article("Call 202-555-0100 to book.", "Text."), "3:22 " + retired),
                row("table cell", ARTICLE, body("| Main line | 202.555.0100 |"), "6:15 " + retired),
                row("link macro target", ARTICLE, body("link:tel:+12025550100[Call us]"), "6:10 " + retired),
                row(
                        "tel: macro, number in target and text",
                        ARTICLE,
                        body("tel:+12025550100[202-555-0100]"),
                        "6:5 " + retired,
                        "6:18 " + retired),
                row(
                        "HTML link in a passthrough",
                        ARTICLE,
                        body("<a href=\"tel:+12025550100\">202-555-0100</a>"),
                        "6:14 " + retired,
                        "6:28 " + retired),
                row("page, dots", PAGE, body("Reach us at 202.555.0100."), "6:13 " + retired),
                row("template text", TEMPLATE, template("<p>Call 202-555-0100.</p>"), "3:9 " + retired),
                row(
                        "template tel: href",
                        TEMPLATE,
                        template("<a href=\"tel:+12025550100\">${clinic.phone}</a>"),
                        "3:14 " + retired),
                row(
                        "template JSON-LD",
                        TEMPLATE,
                        template("  \"telephone\": \"+1-202-555-0100\","),
                        "3:17 " + retired));
    }

    static Stream<Named<Case>> otherNumbers() {
        return Stream.of(
                row("current number, article", ARTICLE, body("Call 202-555-0110."), "6:6 warning facts/typed-phone"),
                row("office number, page", PAGE, body("Arlington: (703) 555-0111"), "6:12 warning facts/typed-phone"),
                row("office fax, article", ARTICLE, body("Fax 703-555-0112"), "6:5 warning facts/typed-phone"),
                row("current number, template", TEMPLATE, template("Call 202-555-0110"), "3:6 error facts/typed-phone"),
                row(
                        "current number in a link, once",
                        ARTICLE,
                        body("link:tel:+12025550110[202-555-0110]"),
                        "6:10 warning facts/typed-phone"),
                row("unknown number", ARTICLE, body("Call 202-555-0142."), "6:6 error facts/unknown-phone"),
                row(
                        "unknown number, template",
                        TEMPLATE,
                        template("Call 202-555-0142."),
                        "3:6 error facts/unknown-phone"),
                row("other phone with country code", ARTICLE, body("Call 1-800-555-0199.")),
                row("other phone without country code", ARTICLE, body("Call (800) 555-0199.")),
                row("attributes only", ARTICLE, body("Call {clinic-phone} or {clinic-phone-link}.")),
                row("data model only", TEMPLATE, template("<a href=\"${clinic.phone_href}\">${clinic.phone}</a>")));
    }

    static Stream<Named<Case>> telMismatch() {
        return Stream.of(
                row(
                        "link macro, text shows another clinic number",
                        ARTICLE,
                        body("link:tel:+12025550110[703-555-0111]"),
                        "6:10 error facts/tel-mismatch",
                        "6:10 warning facts/typed-phone",
                        "6:23 warning facts/typed-phone"),
                row(
                        "HTML link, text shows the retired number",
                        ARTICLE,
                        body("<a href=\"tel:+12025550110\">202-555-0100</a>"),
                        "6:14 error facts/tel-mismatch",
                        "6:14 warning facts/typed-phone",
                        "6:28 error facts/retired-phone"),
                row(
                        "template, text shows an unknown number",
                        TEMPLATE,
                        template("<a href='tel:+12025550110'>Call 202-555-0142</a>"),
                        "3:14 error facts/tel-mismatch",
                        "3:14 error facts/typed-phone",
                        "3:33 error facts/unknown-phone"),
                row(
                        "same number in two notations",
                        ARTICLE,
                        body("link:tel:+12025550110[(202) 555-0110]"),
                        "6:10 warning facts/typed-phone"),
                row(
                        "text without a number",
                        ARTICLE,
                        body("link:tel:+12025550110[Call us]"),
                        "6:10 warning facts/typed-phone"));
    }

    static Stream<Named<Case>> streetAddresses() {
        String typed = "warning facts/typed-address";
        String unknown = "error facts/unknown-address";
        return Stream.of(
                row(
                        "the office's address typed",
                        ARTICLE,
                        body("Our Arlington office is at 100 Example Street, Arlington, VA 22201."),
                        "6:28 " + typed),
                row(
                        "the office's address, shortened and with its suite",
                        ARTICLE,
                        body("Find us at 100 Example St., Suite 200, Arlington, Virginia 22201."),
                        "6:12 " + typed),
                row(
                        "the office's address in a template",
                        TEMPLATE,
                        template("<p>100 Example Street, Arlington, VA 22201</p>"),
                        "3:4 " + typed),
                row(
                        "an address that is none of the clinic's",
                        ARTICLE,
                        body("Visit us at 1234 Wilson Blvd, Suite 200, Arlington, VA 22201."),
                        "6:13 " + unknown),
                row(
                        "a street with a quadrant and a ZIP+4",
                        PAGE,
                        body("Our office: 1600 K Street NW, Washington, DC 20006-1234."),
                        "6:13 " + unknown),
                row("a street without a state and ZIP", ARTICLE, body("We moved from 1234 Wilson Blvd last year.")),
                row("Title Case that looks like a street", ARTICLE, body("It is a 10 Minute Drive, then 15 more.")),
                row("an address across sentences", ARTICLE, body("Turn at 12 Oak Lane. Then call VA 22201 info.")));
    }

    /** The office's address as data/clinic.yml gives it, on a generated page: what pages are meant to show. */
    @Test
    void anAddressFromTheClinicFileIsNotReportedOnAPage() {
        String html = "<html><body><p>Arlington: 100 Example Street, Suite 200, Arlington, VA 22201</p></body></html>";

        assertEquals(List.of(), check.checkPage("target/www/index.html", html, SourceResolver.NONE));
    }

    @Test
    void wordsTheAddresses() {
        List<String> messages = check
                .checkSource(
                        ARTICLE_PATH,
                        body("At 100 Example Street, Arlington, VA 22201 or 9 Elm Road, Vienna, VA 22180."),
                        ARTICLE)
                .stream()
                .map(Finding::format)
                .toList();

        assertEquals(
                List.of(
                        ARTICLE_PATH + ":6:4: warning: '100 Example Street, Arlington, VA 22201' is the address of the"
                                + " Arlington office, typed by hand; write {office-arlington-address} so that it"
                                + " changes when data/clinic.yml does [facts/typed-address]",
                        ARTICLE_PATH + ":6:47: error: '9 Elm Road, Vienna, VA 22180' is not an address of the clinic"
                                + " in data/clinic.yml, and readers would take it for one; if an office is there, add"
                                + " its street, suite and zip to that office in data/clinic.yml and write"
                                + " {office-ID-address}; if it is another place's, name the place instead of its"
                                + " address [facts/unknown-address]"),
                messages);
    }

    static Stream<Named<Case>> officeMentions() {
        String retired = "error facts/retired-office";
        String unknown = "error facts/unknown-office";
        return Stream.of(
                row("our retired office", ARTICLE, body("Visit our Silver Spring office."), "6:7 " + retired),
                row(
                        "office in retired city and state",
                        ARTICLE,
                        body("See the office in Silver Spring, Maryland."),
                        "6:9 " + retired),
                row(
                        "retired location with state code",
                        ARTICLE,
                        body("Book at our Silver Spring, MD location."),
                        "6:9 " + retired),
                row("retired office in Title Case", PAGE, body("== Visit Our Silver Spring Office"), "6:10 " + retired),
                row(
                        "retired office in a list of places",
                        ARTICLE,
                        body("our offices in Arlington and Silver Spring"),
                        "6:5 " + retired),
                row("retired office by its state only", ARTICLE, body("our Maryland office"), "6:1 " + retired),
                row(
                        "retired office in a template",
                        TEMPLATE,
                        template("<p>Our Silver Spring clinic is open.</p>"),
                        "3:4 " + retired),
                row("office that never was", ARTICLE, body("Come to our Bethesda office."), "6:9 " + unknown),
                row(
                        "office that never was, after 'in'",
                        ARTICLE,
                        body("Come to our office in Tysons."),
                        "6:13 " + unknown),
                row("new office that never was", ARTICLE, body("See our new clinic at Reston."), "6:13 " + unknown),
                row("partner's office, not a claim", ARTICLE, body("Ask our partner clinic in Reston.")),
                row(
                        "unknown among current ones",
                        ARTICLE,
                        body("our Bethesda and Arlington offices"),
                        "6:1 " + unknown),
                row(
                        "current offices with states",
                        ARTICLE,
                        body("Book at our Arlington, Virginia, or Washington DC office.")),
                row(
                        "current offices, DC after a comma",
                        ARTICLE,
                        body("Book at our Arlington, Virginia, or Washington, DC office.")),
                row("current office by city", ARTICLE, body("our Washington clinic")),
                row("current office by state code with dots", ARTICLE, body("our D.C. location")),
                row("current offices after 'in'", ARTICLE, body("our offices in Arlington and Washington, DC")),
                row("no place: office", ARTICLE, body("Call our office.")),
                row("no place: offices", ARTICLE, body("One of our offices is near you.")),
                row("no place: clinic", ARTICLE, body("Our clinic treats back pain.")),
                row("Title Case heading, not a place", PAGE, body("== Visit Our Spine Clinic")),
                row("someone else's office", ARTICLE, body("Ask a doctor's office in Bethesda.")),
                row("former office, said as such", ARTICLE, body("our former office")));
    }

    /** A pasted paragraph of thousands of capitalised words or places overflowed the regex engine's stack. */
    @Test
    void aParagraphOfThousandsOfPlacesIsCheckedWithoutOverflowingTheStack() {
        String places = "Visit our " + "Arlington, ".repeat(3000) + "and Bethesda office.";
        String words = "Our " + "Big ".repeat(3000) + "Bethesda office.";
        String inPlaces = "The office in " + "Arlington and ".repeat(3000) + "Washington.";

        for (String text : List.of(places, words, inPlaces)) {
            assertEquals(List.of(), check.checkSource(ARTICLE_PATH, body(text), ARTICLE));
        }
        assertEquals(
                1,
                check.checkSource(
                                ARTICLE_PATH,
                                body("Visit our " + "Arlington, ".repeat(20) + "or Bethesda office."),
                                ARTICLE)
                        .size(),
                "a list of twenty places is still read to its end");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({
        "retiredNumberInBody",
        "retiredNumber",
        "otherNumbers",
        "telMismatch",
        "officeMentions",
        "streetAddresses"
    })
    void reportsWhereTheWriterTypedIt(Case row) {
        List<Finding> found = check.checkSource(ARTICLE_PATH, row.text(), row.kind());

        assertEquals(row.expected(), Fixture.briefs(found));
        found.forEach(f -> assertEquals(ARTICLE_PATH, f.at().path()));
    }

    static Stream<String> lookAlikes() {
        return Stream.of(
                "Washington, DC 20036-1234",
                ":jbake-date: 2024-03-01",
                "Seen on 03/01/2024, again on 3/1/24 at 10:30.",
                "| CPT | 64483 | 62321 |",
                "ICD-10 M54.16 and M51.26",
                "Disc bulges at L4-L5, C5-C6, L5-S1 and T12-L1.",
                "A dose of 10-20 mg; see pp. 123-145 and pages 1200-1450.",
                "doi:10.1016/j.spinee.2020.01.001",
                "PMID: 31234567; PMID 1234567",
                "In an emergency, call 911. In a crisis, call or text 988.",
                "Dial 311.",
                "A study from 2019-2021.",
                "image::spine-diagram.png[Lumbar spine, 640, 480]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookAlikes")
    void reportsNoLookAlike(String line) {
        assertEquals(List.of(), check.checkSource(ARTICLE_PATH, body(line), ARTICLE));
        assertEquals(List.of(), check.checkSource("templates/x.ftl", template(line), TEMPLATE));
    }

    @Test
    void wordsTheRetiredNumberForWriters() {
        assertEquals(
                List.of("content/blog/a.adoc:6:6: error: (202) 555-0100 was the clinic's number until 2024-03-01;"
                        + " the number now is 202-555-0110: write {clinic-phone} instead [facts/retired-phone]"),
                formats(check.checkSource(ARTICLE_PATH, body("Call (202) 555-0100 today."), ARTICLE)));
    }

    @Test
    void wordsTheRetiredNumberForTemplateAuthors() {
        assertEquals(
                List.of("templates/layout.ftl:3:14: error: +12025550100 was the clinic's number until 2024-03-01;"
                        + " the number now is 202-555-0110: write <a href=\"${clinic.phone_href}\">${clinic.phone}</a>"
                        + " instead [facts/retired-phone]"),
                formats(check.checkSource(
                        "templates/layout.ftl", template("<a href=\"tel:+12025550100\">Call</a>"), TEMPLATE)));
    }

    @Test
    void wordsTheUnknownNumber() {
        assertEquals(
                List.of("content/blog/a.adoc:6:6: error: 202-555-0142 is not a number of the clinic in data/clinic.yml;"
                        + " if it is the clinic's, write {clinic-phone}; if it is another organisation's, add it to"
                        + " other-phones in data/clinic.yml [facts/unknown-phone]"),
                formats(check.checkSource(ARTICLE_PATH, body("Call 202-555-0142."), ARTICLE)));
    }

    @Test
    void wordsTheTypedNumbers() {
        assertEquals(
                List.of(
                        "content/blog/a.adoc:6:6: warning: 202-555-0110 is the clinic's main number, typed by hand;"
                                + " write {clinic-phone} so that it changes when data/clinic.yml does [facts/typed-phone]",
                        "content/blog/a.adoc:6:37: warning: 703-555-0111 is the Arlington office's number, typed by"
                                + " hand; write {office-arlington-phone} so that it changes when data/clinic.yml does"
                                + " [facts/typed-phone]"),
                formats(check.checkSource(
                        ARTICLE_PATH, body("Call 202-555-0110 or, in Arlington, 703-555-0111."), ARTICLE)));
        assertEquals(
                List.of("templates/x.ftl:3:4: error: 703-555-0111 is the Arlington office's number, typed by hand;"
                        + " templates take every number from data/clinic.yml: write ${office.phone} inside"
                        + " <#list clinic.offices as office> [facts/typed-phone]"),
                formats(check.checkSource("templates/x.ftl", template("<p>703-555-0111</p>"), TEMPLATE)));
    }

    @Test
    void wordsTheTelMismatch() {
        assertEquals(
                "content/blog/a.adoc:6:10: error: this tel: link calls +12025550110 but its text shows 703-555-0111,"
                        + " so a reader who taps it reaches another number than the one they read; make them the"
                        + " same: write {clinic-phone-link} [facts/tel-mismatch]",
                check.checkSource(ARTICLE_PATH, body("link:tel:+12025550110[703-555-0111]"), ARTICLE)
                        .get(0)
                        .format());
    }

    @Test
    void wordsTheOfficeMentions() {
        assertEquals(
                List.of(
                        "content/blog/a.adoc:6:7: error: the Silver Spring office (Silver Spring, MD) closed on"
                                + " 2023-06-30; the clinic's offices now are Arlington and Washington DC: name a"
                                + " current office, such as {office-arlington-name}, or write 'our offices'"
                                + " [facts/retired-office]",
                        "content/blog/a.adoc:6:36: error: 'Bethesda' is not an office of the clinic in"
                                + " data/clinic.yml, whose offices are Arlington and Washington DC: name a current"
                                + " office, such as {office-arlington-name}, or write 'our offices'; if an office has"
                                + " opened there, add it to offices in data/clinic.yml first [facts/unknown-office]"),
                formats(check.checkSource(
                        ARTICLE_PATH, body("Visit our Silver Spring office, or our Bethesda clinic."), ARTICLE)));
    }

    @Test
    void countsLinesAcrossWindowsLineBreaks() {
        String text = "= Title\r\n:jbake-type: post\r\n\r\nCall 202-555-0100.\r\n";

        assertEquals(
                List.of("4:6 error facts/retired-phone"),
                Fixture.briefs(check.checkSource(ARTICLE_PATH, text, ARTICLE)));
    }

    private static List<String> formats(List<Finding> findings) {
        return findings.stream().map(Finding::format).toList();
    }
}
