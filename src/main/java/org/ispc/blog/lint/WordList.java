package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/**
 * The first item of a list pasted from a word processor ("• item", "– item", "1) item"): the page would print it
 * as text. Word processors turn "- " into a dash, so dashes count when two lines in a row start with one.
 */
final class WordList extends LineRule {

    static final Wording NUMBERED = new Wording(
            "numbered",
            "this list is numbered '1)', which AsciiDoc prints as text; start each item with '. ' (a full stop and a space) and AsciiDoc numbers them");

    static final Wording BULLETS = new Wording(
            "bullets",
            "this list starts its items with '{marker}' (pasted from a word processor), which AsciiDoc prints as text; start each item with '* ' (a star and a space)");

    static final Rule RULE = lint(
            "word-list",
            Severity.ERROR,
            "A list pasted from a word processor: its items start with `•` or a dash (`–`, which a word processor makes of `-`), or are numbered `1)`, and AsciiDoc prints them as ordinary text, run together.",
            "Start each item with `+*+` and a space, or, for steps in order, with `+.+` and a space (a full stop): AsciiDoc numbers them.",
            all("\u2022 knee to chest\n\u2022 cat and cow\n", "1) lie down\n2) breathe\n", "\u2013 rest\n\u2013 ice\n"),
            all("* knee to chest\n* cat and cow\n", "\u2013 Hippocrates\n"));

    WordList() {
        super(Lines.PROSE);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(NUMBERED, BULLETS);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        String[] lines = doc.lines();
        String start = lines[i].stripLeading();
        // a pattern for every line of every article is a cost: only lines starting as such an item are tried
        if (start.isEmpty()
                || !Character.isDigit(start.charAt(0))
                        && "\u2022\u25E6\u25AA\u2023\u2013\u2014".indexOf(start.charAt(0)) < 0
                || !AsciiDocLines.WORD_LIST_ITEM.matcher(lines[i]).matches()
                || i > 0 && AsciiDocLines.WORD_LIST_ITEM.matcher(lines[i - 1]).matches()) {
            return;
        }
        char marker = start.charAt(0);
        boolean dash = marker == '\u2013' || marker == '\u2014';
        if (dash
                && !(i + 1 < lines.length
                        && AsciiDocLines.WORD_LIST_ITEM.matcher(lines[i + 1]).matches())) {
            return; // one line after a dash is a sentence, or a quotation's "— its author"
        }
        boolean numbered = Character.isDigit(marker);
        findings.add(finding(
                Position.at(doc.path(), i + 1, lines[i].indexOf(lines[i].strip()) + 1),
                numbered
                        ? NUMBERED.fill()
                        : BULLETS.fill("marker", lines[i].strip().charAt(0))));
    }
}
