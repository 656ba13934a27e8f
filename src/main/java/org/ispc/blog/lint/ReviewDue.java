package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A medical review older than the policy: the article may no longer say what medicine says. */
final class ReviewDue extends LintRule {

    static final Wording DUE = new Wording(
            "due",
            "the medical review dates from {on}, more than {months} months ago; ask a clinician to review the article again, then update :jbake-reviewed-by: and :jbake-reviewed-on:");

    static final Rule RULE = lint(
            "review-due",
            Severity.WARNING,
            "The article's medical review is more than 12 months old (`-Dreview.maxAgeMonths=N` changes the limit), and medicine may have moved on.",
            "Ask a clinician to review the article again, then update `:jbake-reviewed-by:` and `:jbake-reviewed-on:` (see <<medical-review>>).",
            all(HEADER + ":jbake-reviewed-by: A. Clinician, DPT\n:jbake-reviewed-on: 2019-01-05\n\nText.\n"),
            all(HEADER + ":jbake-reviewed-by: A. Clinician, DPT\n:jbake-reviewed-on: 2026-01-05\n\nText.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(DUE);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        int months = doc.reviewMaxAgeMonths();
        doc.manuscript()
                .reviewedOn()
                .filter(on -> on.plusMonths(months).isBefore(doc.today()))
                .ifPresent(on -> findings.add(
                        finding(doc.headerLine(":jbake-reviewed-on:"), DUE.fill("on", on, "months", months))));
    }
}
