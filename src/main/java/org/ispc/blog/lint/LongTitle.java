package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A title longer than search results show. */
final class LongTitle extends LintRule {

    static final int MAX_TITLE = 70;

    static final Wording TOO_LONG = new Wording(
            "too-long",
            "the title has {length} characters; search results cut it after about " + MAX_TITLE + ", so shorten it");

    static final Rule RULE = lint(
            "long-title",
            Severity.WARNING,
            "The title is longer than 70 characters and search results will cut it.",
            "Shorten it.",
            all("= Knee Pain After Running: Every Cause, Every Treatment, and When to Call Us\n"
                    + "ISPPC Patient Education Team\n:jbake-type: post\n:jbake-status: published\n"
                    + ":jbake-date: 2026-01-10\n:jbake-tags: knee pain\n:jbake-summary: Knees.\n\nText.\n"),
            all("Text under a title of ordinary length.\n"));

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
        String title = doc.manuscript().title();
        if (!title.isBlank() && title.length() > MAX_TITLE) {
            findings.add(finding(Position.at(doc.path(), 1, 1), TOO_LONG.fill("length", title.length())));
        }
    }
}
