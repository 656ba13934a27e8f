package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/**
 * A line right under the header lines, with no blank line between: AsciiDoc counts it as part of the header and
 * leaves it out of the page, without a word.
 */
final class GluedHeader extends LintRule {

    static final Wording GLUED = new Wording(
            "glued",
            "this line follows the header lines with no empty line between them, and AsciiDoc leaves it out of the page; leave an empty line above it");

    static final Rule RULE = lint(
            "glued-header",
            Severity.ERROR,
            "A line of text follows the header lines (`:jbake-...:`) with no empty line between them.",
            "AsciiDoc counts it as part of the header and leaves it out of the page. Leave an empty line between the header and the text.",
            all(HEADER + "The first paragraph.\n"),
            all(
                    HEADER + "\nThe first paragraph.\n",
                    // JBake's own header alone: its separator ends it, and no AsciiDoc header lines follow
                    "title=Sitting Well\ntype=post\nstatus=published\ndate=2026-01-10\ntags=posture, desk work\n"
                            + "author=Jane Doe, PT\n~~~~~~\nThe first paragraph.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(GLUED);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        int start = doc.bodyStart();
        if (start == 0 || doc.line(start - 1).isBlank()) {
            return; // no header lines right above the text (JBake's properties header only, or no header at all)
        }
        for (int i = start; i < doc.lineCount(); i++) {
            String line = doc.line(i);
            if (line.isBlank()) {
                return;
            }
            if (!line.startsWith("//") && !line.startsWith(":")) {
                findings.add(finding(Position.at(doc.path(), i + 1, 1), GLUED.fill()));
                return;
            }
        }
    }
}
