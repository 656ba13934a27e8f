package org.ispc.blog.lint;

import static org.ispc.blog.lint.AsciiDocLines.shortened;
import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A list or a picture written on the line right after a sentence: the page shows it as words of that sentence. */
final class GluedBlock extends LintRule {

    static final Wording GLUED_PICTURE = new Wording(
            "glued-picture",
            "this line follows the text above without a blank line, so readers see '{line}' as words of that paragraph instead of the picture; leave a blank line before it");

    static final Wording GLUED_LIST = new Wording(
            "glued-list",
            "this list item follows the sentence above without a blank line, so readers see '{line}' as words of that paragraph instead of a list; leave a blank line before the list's first item");

    static final Rule RULE = lint(
            "glued-block",
            Severity.ERROR,
            "A list item (`* ...`) or a picture (`image::...[]`) is written on the line right after a sentence.",
            "AsciiDoc then reads it as more words of that sentence, and readers see the asterisks or the `image::` text instead of a list or a picture. Leave one blank line between the sentence and the list (or the picture):\n\n[source,asciidoc]\n----\nCommon causes include:\n\n* sitting for hours\n* a screen set too low\n----",
            all(
                    "Three stretches help:\n* knee to chest\n* cat and cow\n",
                    "A gentle stretch.\nimage::stretch.jpg[Physical therapist guiding a stretch]\n"),
            all(
                    "Three stretches help:\n\n* knee to chest\n* cat and cow\n",
                    "A gentle stretch.\n\nimage::stretch.jpg[Physical therapist guiding a stretch]\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(GLUED_PICTURE, GLUED_LIST);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        for (ParagraphFlow.Found found : doc.paragraphFlow()) {
            String line = doc.line(found.index()).strip();
            Position at = Position.at(doc.path(), found.index() + 1, 1);
            switch (found.slip()) {
                case GLUED_MACRO -> findings.add(finding(at, GLUED_PICTURE.fill("line", shortened(line))));
                case GLUED_LIST -> findings.add(finding(at, GLUED_LIST.fill("line", shortened(line))));
                case INDENTED -> {}
            }
        }
    }
}
