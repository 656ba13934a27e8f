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
 * "==" or "*" followed by a no-break space: AsciiDoc does not see the markup at all. (Header lines are looked at
 * where every document is read, drafts included: see the article engine.)
 */
final class NoBreakSpace extends LineRule {

    /** Markup that needs an ordinary space after it, followed by a no-break space pasted from a word processor. */
    private static final Pattern MARKUP_BEFORE_NO_BREAK_SPACE = Pattern.compile("^(=+|\\*+|\\.+|-)\u00A0");

    static final Wording NO_BREAK = new Wording(
            "no-break",
            "a no-break space (pasted from a word processor) follows '{markup}', and AsciiDoc needs an ordinary space there to see it; delete the space and type it again");

    static final Rule RULE = lint(
            "no-break-space",
            Severity.ERROR,
            "A no-break space, pasted from a word processor, follows `==`, `*` or a header line's name such as `:jbake-status:`.",
            "It looks like a space, but AsciiDoc does not see the heading, the list item or the header line: a heading is printed as text, and `:jbake-status: published` with one leaves the article a draft. Delete the space after the markup and type an ordinary one.",
            all("==\u00A0When to see a specialist\n", "*\u00A0stretch daily\n"),
            all("== When to see a specialist\n\nFive\u00A0minutes a day.\n"));

    NoBreakSpace() {
        super(Lines.EVERY);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(NO_BREAK);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        String line = doc.line(i);
        if (line.indexOf('\u00A0') < 0) {
            return;
        }
        Matcher markup = MARKUP_BEFORE_NO_BREAK_SPACE.matcher(line);
        if (markup.find()) {
            findings.add(
                    finding(Position.at(doc.path(), i + 1, markup.end()), NO_BREAK.fill("markup", markup.group(1))));
        }
    }
}
