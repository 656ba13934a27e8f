package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;
import org.ispc.blog.writer.NewArticle;

/**
 * The placeholders `mvn -Pnew` writes: allowed in a draft, an error once the article is to be published, where a
 * reader would see them.
 */
final class Placeholder extends LineRule {

    static final Wording PLACEHOLDER = new Wording(
            "placeholder",
            "this line still holds the placeholder '" + NewArticle.PLACEHOLDER
                    + "' from the new-article template; write the text, or set :jbake-status: draft until it is ready");

    static final Rule RULE = lint(
            "placeholder",
            Severity.ERROR,
            "A published article still holds a `TODO` left by `mvn -Pnew` (in the tags, the summary or the text), which readers would see.",
            "Write the text in its place, or keep `:jbake-status: draft` until the article is ready: drafts may hold placeholders.",
            all(NewArticle.PLACEHOLDER + ": the first paragraph.\n"),
            all("The first paragraph.\n"));

    Placeholder() {
        super(Lines.EVERY);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(PLACEHOLDER);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        if (!doc.manuscript().isPublished()) {
            return;
        }
        int at = doc.writtenLine(i).indexOf(NewArticle.PLACEHOLDER);
        if (at >= 0) {
            findings.add(finding(Position.at(doc.path(), i + 1, at + 1), PLACEHOLDER.fill()));
        }
    }
}
