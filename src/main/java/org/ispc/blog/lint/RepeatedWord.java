package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A word typed twice in a row ("the the"): spell checkers pass it, readers stumble on it. */
final class RepeatedWord extends ProseLineRule {

    private static final Pattern TWICE =
            Pattern.compile("\\b(\\p{L}+)\\s+(\\1)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Doubles that English uses on purpose: "what he had had", "he said that that was fine". */
    static final Set<String> MEANT = Set.of("had", "that");

    static final Wording TWICE_IN_A_ROW =
            new Wording("twice", "'{words}': the word '{word}' is written twice in a row; delete one of them");

    static final Rule RULE = lint(
            "repeated-word",
            Severity.WARNING,
            "A word is written twice in a row, such as 'the the'.",
            "Spell checkers let it through, and readers stumble on it: delete one of the two.",
            all("Sciatica is the the most common cause of leg pain.\n", "Stretch Stretch gently.\n"),
            all(
                    "Sciatica is the most common cause of leg pain.\n",
                    "What the doctor had had in mind was rest.\n",
                    "Use `the the` in code.\n----\nthe the\n----\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(TWICE_IN_A_ROW);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        String line = doc.line(i);
        Matcher twice = TWICE.matcher(line);
        while (twice.find()) {
            if (MEANT.contains(twice.group(1).toLowerCase(Locale.ROOT))
                    || AsciiDocLines.insideBackticks(line, twice.start())) {
                continue;
            }
            findings.add(finding(
                    Position.at(doc.path(), i + 1, twice.start(2) + 1),
                    TWICE_IN_A_ROW.fill("words", twice.group(), "word", twice.group(2))));
        }
    }
}
