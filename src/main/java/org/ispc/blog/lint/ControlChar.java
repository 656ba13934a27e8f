package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.Locale;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** An invisible control character, pasted with the text. */
final class ControlChar extends LineRule {

    static final Wording CONTROL =
            new Wording("control", "an invisible control character (U+{code}) stands here; delete it");

    static final Rule RULE = lint(
            "control-char",
            Severity.ERROR,
            "An invisible control character stands at that place, usually from pasted text.",
            "Since it cannot be seen, delete the characters around the column named and type them again.",
            all("Stretch your knee\u0007 gently.\n", "Stretch your knee\u0085 gently.\n"),
            all("Stretch your knee\tgently.\n"));

    ControlChar() {
        super(Lines.CHARACTERS);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(CONTROL);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        int number = i + 1;
        CharacterScan.each(
                doc.writtenLine(i),
                cp -> cp < 0x20 && cp != '\t' && cp != '\r' || cp == 0x7F || cp >= 0x80 && cp < 0xA0,
                (column, cp) -> findings.add(finding(
                        Position.at(doc.path(), number, column),
                        CONTROL.fill("code", String.format(Locale.ROOT, "%04X", cp)))));
    }
}
