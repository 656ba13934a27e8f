package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** An article without a date: it cannot be placed in lists, the feed or the archive. */
final class MissingDate extends LintRule {

    static final Wording NO_DATE = new Wording(
            "no-date", "the article has no date; add a line ':jbake-date: 2026-03-14' to the header{because}");

    static final Wording DATE_AS_AUTHOR = new Wording(
            "date-as-author",
            " (AsciiDoc reads the date under the title as the author's name: a date line comes under the author line)");

    static final Rule RULE = lint(
            "missing-date",
            Severity.ERROR,
            "The article has no date.",
            "Add `:jbake-date: 2026-03-14` to the header, with the article's date (or write the date on the line under the author line, as JBake's own examples do). A date right under the title, with no author line between, is read by AsciiDoc as the author's name: the message then says so.",
            all("= Knee Pain\nISPPC Patient Education Team\n:jbake-type: post\n:jbake-status: draft\n"
                    + ":jbake-tags: knee pain\n:jbake-summary: Knees.\n\nText.\n"),
            all("Text under a header with its date.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(NO_DATE, DATE_AS_AUTHOR);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        if (doc.manuscript().isPost()
                && doc.manuscript().date().isEmpty()
                && SourceText.lineStartingWith(doc.path(), doc.manuscript().source(), ":jbake-date:")
                        .isEmpty()) {
            findings.add(finding(
                    Position.at(doc.path(), 1, 1),
                    NO_DATE.fill(
                            "because",
                            doc.manuscript().author().matches("\\d{4}-\\d{2}-\\d{2}.*") ? DATE_AS_AUTHOR.fill() : "")));
        }
    }
}
