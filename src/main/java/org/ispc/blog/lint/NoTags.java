package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** An article without topics: no topic page lists it, and related articles have less to go by. */
final class NoTags extends LintRule {

    static final Wording NO_TAGS = new Wording(
            "no-tags",
            "the article has no tags; add ':jbake-tags:' with two to four topics, such as 'sciatica, nerve pain'");

    static final Rule RULE = lint(
            "no-tags",
            Severity.WARNING,
            "The article has no tags.",
            "Add `:jbake-tags:` with two to four topics, such as `:jbake-tags: sciatica, nerve pain`.",
            all("= Knee Pain\nISPPC Patient Education Team\n:jbake-type: post\n:jbake-status: published\n"
                    + ":jbake-date: 2026-01-10\n:jbake-summary: Knees.\n\nText.\n"),
            all("Text under a header with topics.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(NO_TAGS);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        if (doc.manuscript().isPost() && doc.manuscript().tags().isEmpty()) {
            findings.add(finding(doc.headerLine(":jbake-tags:"), NO_TAGS.fill()));
        }
    }
}
