package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** An article that names no author: the page then names the clinic. */
final class NoAuthor extends LintRule {

    static final Wording NO_AUTHOR = new Wording(
            "no-author",
            "the article names no author; write who wrote it on the line right under the title, such as 'ISPPC Patient Education Team' (without it, the page names the clinic as its author)");

    static final Wording NO_AUTHOR_PROPERTIES = new Wording(
            "no-author-properties",
            "the article names no author; add a line 'author=ISPPC Patient Education Team' to the header, with who wrote it (without it, the page names the clinic as its author)");

    static final Rule RULE = lint(
            "no-author",
            Severity.WARNING,
            "The line right under the title, which names who wrote the article, is missing.",
            "Write it, such as `ISPPC Patient Education Team` or the writer's name and credentials; without it the page (and what search engines read of it) names the clinic as the author.",
            all("= Knee Pain\n:jbake-type: post\n:jbake-status: published\n:jbake-date: 2026-01-10\n"
                    + ":jbake-tags: knee pain\n:jbake-summary: Knees.\n\nText.\n"),
            all("Text under a header with its author line.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(NO_AUTHOR, NO_AUTHOR_PROPERTIES);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        if (doc.manuscript().isPost() && doc.manuscript().author().isBlank()) {
            boolean properties = doc.manuscript().propertiesHeaderLines() > 0;
            findings.add(finding(
                    Position.at(doc.path(), properties ? 1 : 2, 1),
                    properties ? NO_AUTHOR_PROPERTIES.fill() : NO_AUTHOR.fill()));
        }
    }
}
