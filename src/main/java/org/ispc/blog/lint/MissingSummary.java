package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** An article without a summary: lists and search results would show nothing under its title. */
final class MissingSummary extends LintRule {

    static final Rule RULE = lint(
            "missing-summary",
            Severity.WARNING,
            "The article has no summary, so lists, search results and shared links show its opening instead: the first paragraph's sentences that fit in 160 characters (the message quotes them).",
            "Add `:jbake-summary:` with one or two sentences, at most 160 characters, saying what the reader will learn. A `:jbake-summary:` line left empty is an error: write the summary or remove the line.",
            all("= Knee Pain\nISPPC Patient Education Team\n:jbake-type: post\n:jbake-status: published\n"
                    + ":jbake-date: 2026-01-10\n:jbake-tags: knee pain\n\nText.\n"),
            all("Text under a header with its summary.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        var m = doc.manuscript();
        if (!m.isPost()) {
            return;
        }
        if (!doc.writesField("summary")) {
            // JBake has no summary: a JBake site is still published, with its opening sentences as the summary
            findings.add(finding(
                    doc.headerLine(":jbake-summary:"),
                    "the article has no summary, so lists and search results show "
                            + (m.summary().isBlank() ? "none" : "its opening: '" + m.summary() + "'")
                            + "; add ':jbake-summary:' with one or two sentences (at most " + LongSummary.MAX_SUMMARY
                            + " characters) to choose what they show"));
        } else if (m.summary().isBlank()) {
            // a line written and left empty is a slip, not a JBake site: an error
            findings.add(Finding.error(
                    doc.headerLine(":jbake-summary:"),
                    RULE.id().toString(),
                    "the summary is empty; write one or two sentences (at most " + LongSummary.MAX_SUMMARY
                            + " characters) for lists and search results, or remove the line"));
        }
    }
}
