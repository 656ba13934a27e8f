package org.ispc.blog.lint;

import static org.ispc.blog.lint.AsciiDocLines.shortened;
import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A paragraph that starts with spaces (pasted text often does): AsciiDoc shows it as a box of code. */
final class IndentedText extends LintRule {

    static final Wording INDENTED = new Wording(
            "indented",
            "this paragraph starts with spaces or a tab (pasted text often does), and AsciiDoc shows it as a grey box of fixed-width text, as it shows code; delete the spaces before '{line}'");

    static final Rule RULE = lint(
            "indented-text",
            Severity.ERROR,
            "A paragraph starts with spaces or a tab, as text pasted from an e-mail or a document often does.",
            "AsciiDoc then shows the whole paragraph as a grey box of fixed-width text, the way it shows code. Delete the spaces at the start of the line. (A list item may start with spaces: ` * item` is still a list.)",
            all("   Sciatica often eases within weeks.\n"),
            all("Sciatica often eases within weeks.\n  It rarely needs surgery.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(INDENTED);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        for (ParagraphFlow.Found found : doc.paragraphFlow()) {
            if (found.slip() == ParagraphFlow.Slip.INDENTED) {
                String line = doc.line(found.index());
                findings.add(finding(
                        Position.at(doc.path(), found.index() + 1, line.indexOf(line.strip()) + 1),
                        INDENTED.fill("line", shortened(line.strip()))));
            }
        }
    }
}
