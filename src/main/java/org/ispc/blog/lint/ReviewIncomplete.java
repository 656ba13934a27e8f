package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/**
 * The medical review's two header lines, one without the other: the page shows a review only with its reviewer,
 * and the build can tell when it is due only from its date.
 */
final class ReviewIncomplete extends LintRule {

    static final Wording NO_DATE = new Wording(
            "no-date",
            "the medical review names its reviewer but not its date; add ':jbake-reviewed-on:' with the day of the review, such as {today}, so that the build can tell when it is due again");

    static final Wording NO_REVIEWER = new Wording(
            "no-reviewer",
            "the medical review has a date but no reviewer, so the page does not show it; add ':jbake-reviewed-by:' with the clinician's name and credentials");

    static final Rule RULE = lint(
            "review-incomplete",
            Severity.WARNING,
            "Only one of the two medical review lines is there.",
            "`:jbake-reviewed-by:` (who) without `:jbake-reviewed-on:` (when): the build cannot tell when the review is due again. A date without a reviewer: the page does not show the review. Add the missing line (see <<medical-review>>).",
            all(
                    HEADER + ":jbake-reviewed-by: A. Clinician, DPT\n\nText.\n",
                    HEADER + ":jbake-reviewed-on: 2026-01-05\n\nText.\n"),
            all(HEADER + ":jbake-reviewed-by: A. Clinician, DPT\n:jbake-reviewed-on: 2026-01-05\n\nText.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(NO_DATE, NO_REVIEWER);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        var m = doc.manuscript();
        if (m.reviewedBy().isPresent() && m.reviewedOn().isEmpty()) {
            findings.add(finding(doc.headerLine(":jbake-reviewed-by:"), NO_DATE.fill("today", doc.today())));
        }
        if (m.reviewedOn().isPresent() && m.reviewedBy().isEmpty()) {
            findings.add(finding(doc.headerLine(":jbake-reviewed-on:"), NO_REVIEWER.fill()));
        }
    }
}
