package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** U+FFFD: a character lost when the text was copied. */
final class ReplacementChar extends LineRule {

    static final Wording LOST =
            new Wording("lost", "a '\uFFFD' stands here: a character was lost when the text was copied; retype it");

    static final Rule RULE = lint(
            "replacement-char",
            Severity.ERROR,
            "A `�` stands at that place: a character was lost when the text was copied.",
            "Retype it.",
            all("Stretch your knee \uFFFD gently.\n"),
            all("Stretch your knee -- gently.\n"));

    ReplacementChar() {
        super(Lines.CHARACTERS);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(LOST);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        int number = i + 1;
        CharacterScan.each(
                doc.writtenLine(i),
                cp -> cp == 0xFFFD,
                (column, cp) -> findings.add(finding(Position.at(doc.path(), number, column), LOST.fill())));
    }
}
