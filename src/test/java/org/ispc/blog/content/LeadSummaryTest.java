package org.ispc.blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The summary of an article that gives none: its first paragraph, cut at a sentence end. */
class LeadSummaryTest {

    @Test
    void theFirstParagraphIsCutAfterTheLastSentenceThatFits() {
        String body = "<div class=\"paragraph\"><p>  </p></div><div class=\"paragraph\"><p>One sentence here. Two"
                + " sentences here! " + "Three ".repeat(30) + "words.</p></div><p>Second paragraph.</p>";

        assertEquals("One sentence here. Two sentences here!", LeadSummary.of(body, 160));
    }

    @Test
    void aShortParagraphIsTakenWhole() {
        assertEquals("Short and sweet", LeadSummary.of("<p>Short and <em>sweet</em></p>", 160));
    }

    @Test
    void aFirstSentenceLongerThanTheLimitIsCutAtAWord() {
        assertEquals("alpha beta\u2026", LeadSummary.cut("alpha beta gamma delta", 12));
    }

    @Test
    void aBodyWithoutAParagraphHasNone() {
        assertEquals("", LeadSummary.of("<ul><li>item</li></ul>", 160));
    }
}
