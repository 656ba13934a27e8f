package org.ispc.blog.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
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

    /**
     * A rule's id travels as a value from the finding on: a slip in an id fails where the finding is made, not as a
     * guide link to no entry, and a check asks for a family without matching text.
     */
    @Test
    void aFindingsRuleIsItsIdAsTheGuideFilesIt() {
        Finding f = Finding.warning(Position.at("content/blog/x.adoc", 3, 1), "lint/missing-list", "a list");

        assertEquals(new RuleId("lint", "missing-list"), f.rule());
        assertEquals("lint", f.rule().family());
        assertEquals("content/blog/x.adoc:3:1: warning: a list [lint/missing-list]", f.format());
        assertEquals("writers-guide.html#lint-missing-list", GuideLinks.link(f.rule()));
        for (String slip :
                List.of("lint-missing-list", "lint/Missing", "lint/", "/missing-list", "lint/missing list")) {
            assertThrows(IllegalArgumentException.class, () -> Finding.error(Position.file("x"), slip, "m"), slip);
        }
    }

    @Test
    void findingsSortByRuleAsTheyDidByItsText() {
        Position at = Position.at("content/blog/x.adoc", 1, 1);
        List<Finding> sorted = Stream.of("page/picture", "links/broken", "lint/placeholder", "links/anchor")
                .map(rule -> Finding.error(at, rule, "m"))
                .sorted()
                .toList();

        assertEquals(
                List.of("links/anchor", "links/broken", "lint/placeholder", "page/picture"),
                sorted.stream().map(f -> f.rule().toString()).toList());
    }
}
