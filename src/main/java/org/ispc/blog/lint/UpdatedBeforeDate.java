package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** An update dated before the article itself: readers would see the dates the wrong way round. */
final class UpdatedBeforeDate extends LintRule {

    static final Wording BEFORE = new Wording(
            "before",
            "the update is dated {on}, before the article's date {date}; write the day you last changed the article, or remove the line if it has not changed since");

    static final Rule RULE = lint(
            "updated-before-date",
            Severity.ERROR,
            "`:jbake-updated:` is earlier than the article's `:jbake-date:`: an article cannot change before it appeared.",
            "Write the day you changed it, or remove the line (see <<updating>>).",
            all(HEADER + ":jbake-updated: 2025-12-01\n\nText.\n"),
            all(HEADER + ":jbake-updated: 2026-02-01\n\nText.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(BEFORE);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        var m = doc.manuscript();
        m.updatedOn()
                .filter(on -> m.date().filter(on::isBefore).isPresent())
                .ifPresent(on -> findings.add(finding(
                        doc.headerLine(":jbake-updated:"),
                        BEFORE.fill("on", on, "date", m.date().orElseThrow()))));
    }
}
