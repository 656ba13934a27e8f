package org.ispc.blog.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.Publication;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.rules.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lint rule against its own examples, on parsed documents and without baking: each example that must
 * trigger it gives a finding of that rule, each look-alike gives none.
 */
class LintRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    /** Rules whose examples need files a parsed document cannot stand for; a bake test covers them. */
    private static final Set<String> COVERED_BY_BAKE_TESTS = Set.of("lint/duplicate-slug");

    @TestFactory
    Stream<DynamicTest> everyDocumentRuleFiresOnItsExamplesAndOnNoLookAlike() {
        return ContentLint.RULES.stream().flatMap(rule -> {
            Rule described = rule.rule();
            Stream<DynamicTest> fires = described.triggers().stream()
                    .map(example -> DynamicTest.dynamicTest(described.id() + " fires: " + example, () -> {
                        List<Finding> found = new ArrayList<>();
                        rule.check(
                                document(
                                        "content/blog/example.adoc",
                                        example.articles().get(0)),
                                found);
                        assertTrue(
                                found.stream()
                                        .anyMatch(f ->
                                                f.rule().equals(described.id().toString())),
                                () -> described.id() + " should fire on " + example + ", found " + found);
                        assertTrue(found.stream()
                                .allMatch(f -> f.rule().equals(described.id().toString())));
                    }));
            Stream<DynamicTest> passes = described.passes().stream()
                    .map(example -> DynamicTest.dynamicTest(described.id() + " passes: " + example, () -> {
                        List<Finding> found = new ArrayList<>();
                        rule.check(
                                document(
                                        "content/blog/example.adoc",
                                        example.articles().get(0)),
                                found);
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
                .filter(rule -> !COVERED_BY_BAKE_TESTS.contains(rule.id().toString()))
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
        List<Manuscript> docs = new ArrayList<>();
        for (int i = 0; i < example.articles().size(); i++) {
            docs.add(manuscript(
                    "content/blog/example-" + (i + 1) + ".adoc",
                    example.articles().get(i)));
        }
        return docs;
    }

    private static LintedDocument document(String path, String text) {
        return new LintedDocument(manuscript(path, text), TODAY, 12);
    }

    /**
     * Reads an example as the article engine would: a text starting with "= " or with a type line is a whole article, anything else the
     * body of a complete published one. The header is read line by line (title, author line, attributes), which
     * is all the examples use.
     */
    static Manuscript manuscript(String path, String text) {
        boolean whole = text.startsWith("= ") || text.contains(":jbake-type:");
        String source = whole ? text : LintRule.HEADER + "\n" + text;
        String[] lines = source.split("\n", -1);
        Map<String, String> attributes = new LinkedHashMap<>();
        String title = lines[0].startsWith("= ") ? lines[0].substring(2).strip() : "";
        String author = "";
        for (int i = 1; i < lines.length && !lines[i].isBlank(); i++) {
            String line = lines[i];
            if (line.startsWith(":")) {
                int end = line.indexOf(':', 1);
                attributes.put(line.substring(1, end), line.substring(end + 1).strip());
            } else if (i == 1) {
                author = line.strip();
            }
        }
        Optional<LocalDate> date = day(attributes.get("jbake-date"));
        String name = path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));
        return new Manuscript(
                path,
                "/blog/" + name + "/",
                attributes.getOrDefault("jbake-type", ""),
                Publication.of(attributes.get("jbake-status"), date.orElse(null), TODAY),
                title,
                date,
                author,
                list(attributes.get("jbake-tags")),
                attributes.getOrDefault("jbake-summary", ""),
                list(attributes.get("jbake-related")),
                Optional.ofNullable(attributes.get("jbake-reviewed-by")),
                day(attributes.get("jbake-reviewed-on")),
                day(attributes.get("jbake-updated")),
                "",
                Set.of(),
                source,
                org.ispc.blog.content.Markup.ASCIIDOC,
                0);
    }

    private static Optional<LocalDate> day(String text) {
        return Optional.ofNullable(text).map(String::strip).map(LocalDate::parse);
    }

    private static List<String> list(String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
