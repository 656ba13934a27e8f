package org.ispc.blog.lint;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** One rule of the content lint: what it is, and how it reads one document. */
abstract class LintRule {

    /** The header of a complete, published article, for the rules' examples. */
    static final String HEADER = Rule.Example.HEADER;

    /** The rule's id, level, meaning, fix and examples. */
    abstract Rule rule();

    /**
     * The rule's messages with their blanks, for the writing tool's lint in the browser (see {@link Wording});
     * none for a rule the browser does not run.
     */
    List<Wording> wordings() {
        return List.of();
    }

    /** Adds what the rule finds in the document. */
    abstract void check(LintedDocument doc, List<Finding> findings);

    /** The description of a rule of the lint family ({@code lint/NAME}). */
    static Rule lint(
            String name,
            Severity level,
            String summary,
            String fix,
            List<Rule.Example> triggers,
            List<Rule.Example> passes) {
        return new Rule(new RuleId("lint", name), level, summary, fix, triggers, passes, "");
    }

    /** A finding of this rule, at its level. */
    final Finding finding(Position at, String message) {
        Rule rule = rule();
        return rule.level() == Severity.ERROR
                ? Finding.error(at, rule.id().toString(), message)
                : Finding.warning(at, rule.id().toString(), message);
    }
}
