package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A medical review dated after today: the page would claim a review that has not taken place. */
final class ReviewFuture extends LintRule {

    static final Wording FUTURE = new Wording(
            "future",
            "the medical review is dated {on}, a day still to come, and the page would say it took place; write the day the clinician reviewed the article");

    static final Rule RULE = lint(
            "review-future",
            Severity.ERROR,
            "`:jbake-reviewed-on:` is a day still to come, and the page would say the review took place.",
            "Write the day the clinician reviewed the article.",
            all(HEADER + ":jbake-reviewed-by: A. Clinician, DPT\n:jbake-reviewed-on: 2099-01-05\n\nText.\n"),
            all(HEADER + ":jbake-reviewed-by: A. Clinician, DPT\n:jbake-reviewed-on: 2026-01-05\n\nText.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(FUTURE);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        doc.manuscript()
                .reviewedOn()
                .filter(on -> on.isAfter(doc.today()) && doc.manuscript().isPublished())
                .ifPresent(on -> findings.add(finding(doc.headerLine(":jbake-reviewed-on:"), FUTURE.fill("on", on))));
    }
}
