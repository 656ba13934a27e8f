package org.ispc.blog.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.rules.Rule;
import org.ispc.blog.testing.ExampleDocuments;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lint rule against its own examples, on parsed documents and without baking: each example that must
 * trigger it gives a finding of that rule, each look-alike gives none.
 */
class LintRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TestFactory
    Stream<DynamicTest> everyDocumentRuleFiresOnItsExamplesAndOnNoLookAlike() {
        return ContentLint.RULES.stream().flatMap(rule -> {
            Rule described = rule.rule();
            Stream<DynamicTest> fires = described.triggers().stream()
                    .map(example -> DynamicTest.dynamicTest(described.id() + " fires: " + example, () -> {
                        List<Finding> found = new ArrayList<>();
                        rule.check(document("content/blog/example.adoc", example.text()), found);
                        assertTrue(
                                found.stream().anyMatch(f -> f.rule().equals(described.id())),
                                () -> described.id() + " should fire on " + example + ", found " + found);
                        assertTrue(found.stream().allMatch(f -> f.rule().equals(described.id())));
                    }));
            Stream<DynamicTest> passes = described.passes().stream()
                    .map(example -> DynamicTest.dynamicTest(described.id() + " passes: " + example, () -> {
                        List<Finding> found = new ArrayList<>();
                        rule.check(document("content/blog/example.adoc", example.text()), found);
                        assertEquals(List.of(), found, () -> described.id() + " on " + example);
                    }));
            return Stream.concat(fires, passes);
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRuleOverAllDocumentsFiresOnItsExamplesAndOnNoLookAlike() {
        return ContentLint.CATALOG_RULES.stream().flatMap(rule -> {
            Rule described = rule.rule();
            Stream<DynamicTest> fires = described.triggers().stream()
                    .map(example -> DynamicTest.dynamicTest(described.id() + " fires", () -> {
                        List<Finding> found = new ArrayList<>();
                        rule.check(documents(example), found);
                        assertFalse(found.isEmpty(), () -> described.id() + " should fire on " + example);
                        assertTrue(found.stream().allMatch(f -> f.rule().equals(described.id())));
                    }));
            Stream<DynamicTest> passes = described.passes().stream()
                    .map(example -> DynamicTest.dynamicTest(described.id() + " passes", () -> {
                        List<Finding> found = new ArrayList<>();
                        rule.check(documents(example), found);
                        assertEquals(List.of(), found);
                    }));
            return Stream.concat(fires, passes);
        });
    }

    @Test
    void everyRuleHasExamplesThatTriggerItAndLookAlikesThatDoNot() {
        List<String> lacking = ContentLint.rules().stream()
                .filter(rule -> rule.triggers().isEmpty() || rule.passes().isEmpty())
                .map(rule -> rule.id().toString())
                .toList();
        assertEquals(List.of(), lacking, "add examples to these rules");
    }

    @Test
    void everyRuleIdIsUsedOnce() {
        List<String> ids =
                ContentLint.rules().stream().map(rule -> rule.id().toString()).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), ids::toString);
    }

    private static List<Manuscript> documents(Rule.Example example) {
        return ExampleDocuments.of(example, TODAY);
    }

    private static LintedDocument document(String path, String text) {
        return new LintedDocument(ExampleDocuments.manuscript(path, text, TODAY), TODAY, 12);
    }
}
