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
final class RepeatedWord extends LineRule {

    static final Pattern TWICE =
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

    RepeatedWord() {
        super(Lines.PROSE);
    }

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
        if (!mayRepeat(line)) {
            return;
        }
        Matcher twice = matcher(line);
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

    /**
     * {@link #TWICE} over the line and one space after it: without it, Java 17's case-blind back reference reads past
     * the end of a line that ends with the same letter from beyond the BMP twice in different case ("\uD801\uDC00
     * \uD801\uDC28") and throws. The space changes no match: the pattern never takes white space at its end.
     */
    static Matcher matcher(String line) {
        return TWICE.matcher(line + " ");
    }

    /**
     * Whether {@link #TWICE} can match the line: a run of letters followed by white space and by the same letters in
     * any case, compared as the pattern's back reference compares them. The pattern, tried at every word of every
     * line, cost more than all other lint rules together; this plain scan lets through only the lines with such a
     * pair, and the pattern decides.
     */
    static boolean mayRepeat(String line) {
        int word = -1; // where the run of letters before i starts, or -1
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isSurrogate(c)) {
                return true; // letters outside the BMP: the pattern compares them by code point, let it decide
            }
            if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                if (word < 0) {
                    word = i;
                }
                continue;
            }
            if (word >= 0 && isSpace(c)) {
                int next = i;
                while (next < line.length() && isSpace(line.charAt(next))) {
                    next++;
                }
                if (sameLetters(line, word, i, next)) {
                    return true;
                }
            }
            word = -1;
        }
        return false;
    }

    /** The pattern's {@code \s}: ASCII white space, since it does not use UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether the letters from {@code from} to {@code to} stand again at {@code at}, in any case. */
    private static boolean sameLetters(String line, int from, int to, int at) {
        if (at + (to - from) > line.length()) {
            return false;
        }
        for (int k = 0; k < to - from; k++) {
            char a = line.charAt(from + k);
            char b = line.charAt(at + k);
            if (a != b) {
                int upperA = Character.toUpperCase(a);
                int upperB = Character.toUpperCase(b);
                if (upperA != upperB && Character.toLowerCase(upperA) != Character.toLowerCase(upperB)) {
                    return false;
                }
            }
        }
        return true;
    }
}
