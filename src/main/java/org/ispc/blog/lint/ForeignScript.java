package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A letter of another alphabet in English text, such as U+4E00 typed where an em dash belongs. */
final class ForeignScript extends LineRule {

    /** Scripts a clinic's English prose uses; Greek is allowed for units and symbols such as µ and α. */
    static final Set<Character.UnicodeScript> ENGLISH_SCRIPTS = Set.of(
            Character.UnicodeScript.LATIN,
            Character.UnicodeScript.COMMON,
            Character.UnicodeScript.INHERITED,
            Character.UnicodeScript.GREEK);

    static final Wording FOREIGN = new Wording(
            "foreign", "the character '{character}' (U+{code}, {script} script) stands in English text: {hint}");

    static final Wording HINT_DASH = new Wording(
            "hint-dash", "it looks like a dash but is the Chinese character for 'one'; write -- (an em dash) instead");

    static final Wording HINT_LETTER = new Wording("hint-letter", "it is not an English letter; retype the word");

    static final Rule RULE = lint(
            "foreign-script",
            Severity.ERROR,
            "A letter from another alphabet stands in English text, such as the Chinese character 一 pasted in place of a dash.",
            "Delete it and retype what was meant; write `--` for a dash.",
            all("Back pain \u4e00 the most common complaint.\n"),
            all("Back pain -- the most common complaint, at 5 \u00b5g or an \u03b1 angle, caf\u00e9.\n"));

    ForeignScript() {
        super(Lines.CHARACTERS);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(FOREIGN, HINT_DASH, HINT_LETTER);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        int number = i + 1;
        CharacterScan.each(
                doc.writtenLine(i),
                cp -> cp != 0xFFFD
                        && Character.isLetter(cp)
                        && !ENGLISH_SCRIPTS.contains(Character.UnicodeScript.of(cp)),
                (column, cp) -> {
                    String hint = cp == 0x4E00 ? HINT_DASH.fill() : HINT_LETTER.fill();
                    findings.add(finding(
                            Position.at(doc.path(), number, column),
                            FOREIGN.fill(
                                    "character",
                                    new String(Character.toChars(cp)),
                                    "code",
                                    String.format(Locale.ROOT, "%04X", cp),
                                    "script",
                                    Character.UnicodeScript.of(cp).name().toLowerCase(Locale.ROOT),
                                    "hint",
                                    hint)));
                });
    }
}
