package org.ispc.blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JBake's properties header, by jbake-core 2.7's rules (MarkupEngine.hasHeader). */
class PropertiesHeaderTest {

    private static final PropertiesHeader.Rules RULES = PropertiesHeader.Rules.JBAKE;

    @Test
    void aHeaderGivesItsValuesTheirLinesAndTheBodysFirstLine() {
        String text = "title=First Post\ndate=2013-07-24\ntype=post\nstatus=published\n~~~~~~\n\nBody.\n";

        PropertiesHeader header = PropertiesHeader.of(text, RULES).orElseThrow();

        assertEquals(Optional.of("First Post"), header.value("title"));
        assertEquals(Optional.of("2013-07-24"), header.value("DATE"));
        assertEquals(2, header.lineOf("date"));
        assertEquals(5, header.separatorLine());
        assertEquals("\n\n\n\n\n\nBody.\n", header.blanked(text));
    }

    @Test
    void aLineWithoutAnEqualsSignOrNoTypeMeansNoHeader() {
        assertTrue(PropertiesHeader.of("title=A\nsome words\ntype=post\n~~~~~~\nBody\n", RULES)
                .isEmpty());
        assertTrue(PropertiesHeader.of("title=A\nstatus=published\n~~~~~~\nBody\n", RULES)
                .isEmpty());
        assertTrue(PropertiesHeader.of("= Title\n\n~~~~~~ not alone\n", RULES).isEmpty());
    }

    @Test
    void theDefaultStatusStandsInForAMissingOne() {
        assertTrue(
                PropertiesHeader.of("title=A\ntype=post\n~~~~~~\nBody\n", RULES).isPresent());
        assertTrue(
                PropertiesHeader.of("title=A\ntype=post\n~~~~~~\nBody\n", new PropertiesHeader.Rules("~~~~~~", "", ""))
                        .isEmpty());
    }
}
