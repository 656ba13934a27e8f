package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A summary longer than search results show. */
final class LongSummary extends LintRule {

    static final int MAX_SUMMARY = 160;

    static final Wording TOO_LONG = new Wording(
            "too-long",
            "the summary has {length} characters; search results show about " + MAX_SUMMARY + ", so shorten it");

    static final Rule RULE = lint(
            "long-summary",
            Severity.WARNING,
            "The summary is longer than 160 characters and search results will cut it.",
            "Shorten it.",
            all("= Knee Pain\nISPPC Patient Education Team\n:jbake-type: post\n:jbake-status: published\n"
                    + ":jbake-date: 2026-01-10\n:jbake-tags: knee pain\n:jbake-summary: "
                    + "Why knees hurt after a run. ".repeat(7) + "\n\nText.\n"),
            all("Text under a summary of ordinary length.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(TOO_LONG);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        String summary = doc.manuscript().summary();
        if (doc.manuscript().isPost() && summary.length() > MAX_SUMMARY) {
            findings.add(finding(doc.headerLine(":jbake-summary:"), TOO_LONG.fill("length", summary.length())));
        }
    }
}
