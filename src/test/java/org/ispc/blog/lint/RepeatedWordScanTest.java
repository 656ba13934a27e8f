package org.ispc.blog.lint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * lint/repeated-word tries its pattern only on lines its plain scan lets through ({@link RepeatedWord#mayRepeat}):
 * the scan must let through every line the pattern matches, or a repeated word would go unreported.
 */
class RepeatedWordScanTest {

    /** Words, white space and punctuation, in cases whose upper and lower forms are not one to one. */
    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> pieces = Arbitraries.of(
                "the",
                "The",
                "THE",
                "them",
                "he",
                " ",
                "  ",
                "\t",
                "\u00A0",
                "\u000B",
                ",",
                ".",
                "_",
                "1",
                "`",
                "stra\u00DFe",
                "STRASSE",
                "\u0130",
                "i",
                "I",
                "\u0131",
                "\u03C3",
                "\u03C2",
                "\u03A3",
                "\u212A",
                "k",
                "K",
                "\u01C5",
                "\u01C4",
                "\u01C6",
                "e\u0301",
                "\uD801\uDC00",
                "\uD801\uDC28",
                "caf\u00E9",
                "CAF\u00C9",
                "had");
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void theScanLetsThroughEveryLineThePatternMatches(@ForAll("lines") String line) {
        if (RepeatedWord.matcher(line).find()) {
            assertTrue(RepeatedWord.mayRepeat(line), () -> "the scan passed over '" + line + "'");
        }
    }

    @Test
    void aLetterBeyondTheBmpTwiceInDifferentCaseAtTheLineEndIsReportedNotThrown() {
        java.util.List<org.ispc.blog.diag.Finding> found = new java.util.ArrayList<>();
        LintedDocument doc = new LintedDocument(
                org.ispc.blog.testing.ExampleDocuments.manuscript(
                        "content/blog/x.adoc",
                        "= A Title\n:jbake-type: post\n:jbake-status: published\n:jbake-date: 2026-01-05\n\n"
                                + "Words \uD801\uDC00 \uD801\uDC28\n",
                        java.time.LocalDate.of(2026, 6, 1)),
                java.time.LocalDate.of(2026, 6, 1),
                12);
        for (int i = 0; i < doc.lineCount(); i++) {
            new RepeatedWord().checkLine(doc, i, found);
        }
        assertTrue(found.stream().anyMatch(f -> f.at().line() == 6), found::toString);
    }

    @Test
    void aLineWithoutAWordTwiceInARowIsNotTried() {
        assertFalse(RepeatedWord.mayRepeat("Sciatica is the most common cause of leg pain, then the back."));
        assertTrue(RepeatedWord.mayRepeat("Sciatica is the THE most common cause."));
        assertTrue(RepeatedWord.mayRepeat("Stretch \u03A3\u03C3 \u03C3\u03C3."));
    }
}
