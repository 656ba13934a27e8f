package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.regex.Matcher;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/**
 * A heading that skips a level. An error: the page's outline is invalid HTML, which fails the build's HTML check
 * anyway; this says so at the heading, with what to write.
 */
final class HeadingSkip extends LintRule {

    static final Wording JUMP = new Wording(
            "jump",
            "this heading jumps from level {from} to level {to}; use {marker} so screen readers can follow the outline");

    static final Rule RULE = lint(
            "heading-skip",
            Severity.ERROR,
            "A heading jumps a level, such as `===` right after the title with no `==` before it.",
            "Headings go down one level at a time (`==`, then `===`), so that screen readers can follow the outline; a page whose headings skip a level is not valid HTML.",
            all("=== Causes\n\nText.\n"),
            all("== Causes\n\n=== Posture\n\nText.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(JUMP);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        int lastHeading = 1;
        for (int i = doc.bodyStart(); i < doc.lineCount(); i++) {
            if (!doc.isProse(i) || !doc.line(i).startsWith("==")) {
                continue; // no heading: HEADING's first characters
            }
            Matcher heading = AsciiDocLines.HEADING.matcher(doc.line(i));
            if (heading.matches()) {
                int level = heading.group(1).length();
                if (level > lastHeading + 1) {
                    findings.add(finding(
                            Position.at(doc.path(), i + 1, 1),
                            JUMP.fill("from", lastHeading, "to", level, "marker", "=".repeat(lastHeading + 1))));
                }
                lastHeading = level;
            }
        }
    }
}
