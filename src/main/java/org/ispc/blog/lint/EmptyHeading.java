package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/**
 * A heading begun and left without its words ("== " alone): AsciiDoc prints the equals signs as a paragraph of
 * their own, and the section the writer meant is not there.
 */
final class EmptyHeading extends LineRule {

    /** A heading's marker with nothing after it; four or more '=' alone open an example block instead. */
    private static final Pattern EMPTY_HEADING = Pattern.compile("^(={1,3})\\s*$");

    static final Wording NO_WORDS = new Wording(
            "no-words",
            "this heading has no words, and the page would show '{written}' as a line of text; write the heading after the equals signs and a space, such as '{marker} When to see a specialist', or delete the line");

    static final Rule RULE = lint(
            "empty-heading",
            Severity.ERROR,
            "A line holds only equals signs, such as `+==+` and a space with nothing after it: a heading begun and left without its words.",
            "The page would show the equals signs as a line of text, and the section is not there. Write the heading after the equals signs and a space (`+== When to see a specialist+`), or delete the line. Four or more equals signs alone (`+====+`) open an example block and are not this.",
            all("== \n\nText.\n"),
            all("== When to see a specialist\n\n====\nAn example.\n====\n"));

    EmptyHeading() {
        super(Lines.PROSE);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(NO_WORDS);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        if (!doc.line(i).startsWith("=")) {
            return;
        }
        Matcher m = EMPTY_HEADING.matcher(doc.line(i));
        if (m.matches()) {
            String marker = m.group(1).length() == 1 ? "==" : m.group(1);
            findings.add(
                    finding(Position.at(doc.path(), i + 1, 1), NO_WORDS.fill("written", m.group(1), "marker", marker)));
        }
    }
}
