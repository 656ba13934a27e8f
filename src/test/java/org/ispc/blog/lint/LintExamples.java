package org.ispc.blog.lint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.rules.Rule;
import org.ispc.blog.testing.ExampleDocuments;

/**
 * The lint's rules and examples for tests outside this package (the writing tool's lint in the browser, which must
 * find what the build finds): every example of every rule that reads one document, as a whole article, with the
 * build's findings on it.
 */
public final class LintExamples {

    /**
     * One article and what the build's lint finds in it.
     *
     * @param name where it comes from ({@code lint/image-alt, example 1 that fires}), for messages
     * @param text the whole article
     * @param findings each finding as {@code line:column: level: message [rule]}, sorted
     */
    public record Case(String name, String text, List<String> findings) {}

    private LintExamples() {}

    /** The id of every lint rule, those over all documents too. */
    public static List<String> ruleIds() {
        return ContentLint.rules().stream().map(r -> r.id().toString()).toList();
    }

    /** Every example of every rule that reads one document, linted by the rules {@code only} names. */
    public static List<Case> examples(Set<String> only, LocalDate today, int reviewMaxAgeMonths) {
        List<Case> cases = new ArrayList<>();
        for (LintRule rule : ContentLint.RULES) {
            Rule described = rule.rule();
            add(cases, described.id() + ", example that fires", described.triggers(), only, today, reviewMaxAgeMonths);
            add(cases, described.id() + ", look-alike", described.passes(), only, today, reviewMaxAgeMonths);
        }
        return cases;
    }

    /** An article of the test's own, linted by the rules {@code only} names. */
    public static Case lint(String name, String text, Set<String> only, LocalDate today, int reviewMaxAgeMonths) {
        String path = "content/blog/example.adoc";
        String whole = ExampleDocuments.source(path, text);
        LintedDocument doc =
                new LintedDocument(ExampleDocuments.manuscript(path, text, today), today, reviewMaxAgeMonths);
        List<Finding> found = new ArrayList<>();
        for (LintRule rule : ContentLint.RULES) {
            if (only.contains(rule.rule().id().toString())) {
                rule.check(doc, found);
            }
        }
        return new Case(name, whole, lines(found));
    }

    /** The line, column, level, message and rule of each finding, as the browser's lint is compared with them. */
    public static List<String> lines(Collection<Finding> findings) {
        return findings.stream()
                .sorted(java.util.Comparator.comparingInt((Finding f) -> f.at().line())
                        .thenComparingInt(f -> f.at().column())
                        .thenComparing(Finding::rule))
                .map(f -> f.at().line() + ":" + f.at().column() + ": "
                        + f.severity().label() + ": " + f.message() + " [" + f.rule() + "]")
                .toList();
    }

    private static void add(
            List<Case> cases,
            String name,
            List<Rule.Example> examples,
            Set<String> only,
            LocalDate today,
            int reviewMaxAgeMonths) {
        for (int i = 0; i < examples.size(); i++) {
            cases.add(lint(name + " " + (i + 1), examples.get(i).text(), only, today, reviewMaxAgeMonths));
        }
    }
}
