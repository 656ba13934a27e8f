package org.ispc.blog.lint;

import java.util.List;
import java.util.Locale;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** Two articles with one title: readers and search engines cannot tell them apart. */
final class DuplicateTitle extends CatalogRule {

    static final Rule RULE = LintRule.lint(
            "duplicate-title",
            Severity.ERROR,
            "Two documents have the same title; the message names the other one.",
            "Give each its own title.",
            List.of(Rule.Example.together(LintRule.HEADER + "\nOne.\n", LintRule.HEADER + "\nTwo.\n")),
            List.of(Rule.Example.together(
                    LintRule.HEADER + "\nOne.\n", LintRule.HEADER.replace("= Knee Pain", "= Hip Pain") + "\nTwo.\n")));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    void check(List<Manuscript> docs, List<Finding> findings) {
        sameKey(
                docs,
                m -> m.title().trim().toLowerCase(Locale.ROOT),
                (m, other) -> Finding.error(
                        Position.at(m.path(), 1, 1),
                        RULE.id().toString(),
                        "'" + m.title() + "' is also the title of " + other.path()
                                + "; give each article its own title"),
                findings);
    }
}
