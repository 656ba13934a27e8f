package org.ispc.blog.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FindingTest {

    /**
     * Found by ClinicFactsFuzzTest: a message quoting a value with a line break in it ("/old\n/evil" in quotes in
     * data/clinic.yml) printed a second line without a file and line number; an escape character could rewrite the
     * terminal.
     */
    @Test
    void aQuotedLineBreakOrControlCharacterStaysOnTheFindingsLine() {
        Finding f =
                Finding.error(Position.at("data/clinic.yml", 2, 8), "facts/bad-phone", "'/old\n/evil\r\u001B[2J' x");

        assertEquals("data/clinic.yml:2:8: error: '/old\\n/evil\\u000D\\u001B[2J' x [facts/bad-phone]", f.format());
    }
}
