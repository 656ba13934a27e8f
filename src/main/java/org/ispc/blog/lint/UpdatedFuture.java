package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** An update dated after today, once published: the page would claim a change nobody has made yet. */
final class UpdatedFuture extends LintRule {

    static final Wording FUTURE = new Wording(
            "future",
            "the update is dated {on}, a day still to come, and the page would say the article was changed then; write the day you changed it, such as {today}");

    static final Rule RULE = lint(
            "updated-future",
            Severity.ERROR,
            "`:jbake-updated:` on a published article is a day still to come, and the page would say the article changed then.",
            "Write the day you changed it.",
            all(HEADER + ":jbake-updated: 2099-02-01\n\nText.\n"),
            all(HEADER + ":jbake-updated: 2026-02-01\n\nText.\n"));

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
        var m = doc.manuscript();
        m.updatedOn()
                .filter(on -> on.isAfter(doc.today()) && m.isPublished())
                .ifPresent(on -> findings.add(
                        finding(doc.headerLine(":jbake-updated:"), FUTURE.fill("on", on, "today", doc.today()))));
    }
}
