package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A file without a title: its page, its place in lists and its search result would have none. */
final class MissingTitle extends LintRule {

    static final Wording NO_TITLE =
            new Wording("no-title", "the file has no title; start it with a line '= Title of the article'");

    static final Wording NO_TITLE_PROPERTIES = new Wording(
            "no-title-properties", "the file has no title; add a line 'title=Title of the article' to its header");

    static final Rule RULE = lint(
            "missing-title",
            Severity.ERROR,
            "The file has no title.",
            "Start it with a line `= Title of the article` (see <<header>>).",
            all("ISPPC Patient Education Team\n:jbake-type: post\n:jbake-status: published\n:jbake-date: 2026-01-10\n"
                    + ":jbake-tags: knee pain\n:jbake-summary: Knees.\n\nText.\n"),
            all("Text under a complete header.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(NO_TITLE, NO_TITLE_PROPERTIES);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        if (doc.manuscript().title().isBlank()) {
            findings.add(finding(
                    Position.at(doc.path(), 1, 1),
                    doc.manuscript().propertiesHeaderLines() == 0 ? NO_TITLE.fill() : NO_TITLE_PROPERTIES.fill()));
        }
    }
}
