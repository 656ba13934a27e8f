package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A published document with nothing after its header: its page would be a title alone. */
final class EmptyArticle extends LintRule {

    static final Wording EMPTY = new Wording(
            "empty",
            "the article has no text after its header; write it under the header, after a blank line, or set :jbake-status: draft until it is ready");

    static final Rule RULE = lint(
            "empty-article",
            Severity.ERROR,
            "A published article or page has nothing after its header, so its page would show a title alone.",
            "Write the text under the header, after one blank line, or set `:jbake-status: draft` until it is ready.",
            all(HEADER + "\n// to be written\n"),
            all(HEADER + "\nText.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(EMPTY);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        for (int i = doc.bodyStart(); i < doc.lineCount(); i++) {
            if (!doc.line(i).isBlank() && !doc.line(i).startsWith("//")) {
                return;
            }
        }
        if (doc.manuscript().isPublished()) {
            findings.add(finding(Position.at(doc.path(), 1, 1), EMPTY.fill()));
        }
    }
}
