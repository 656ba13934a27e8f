package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.asciidoc.AsciidocConverter;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/**
 * ":Tip: drink water before bed." in the body is an attribute entry: AsciiDoc sets an attribute named Tip and
 * shows nothing. A value of several words is text a writer meant to show; a single word may be a setting.
 */
final class SettingLine extends LineRule {

    /** ":Name: several words" in the body: a setting where text was meant. */
    private static final Pattern BODY_SETTING = Pattern.compile("^:([A-Za-z][\\w-]*):\\s+(\\S+\\s+\\S.*)$");

    static final Wording SETTING = new Wording(
            "setting",
            "this line starts with ':{name}:', which AsciiDoc reads as a setting named '{name}', and the page does not show it; write '{name}: {text}' without the first colon{box}");

    static final Wording BOX = new Wording("box", ", or '{upper}: {text}' for a {lower} box");

    static final Rule RULE = lint(
            "setting-line",
            Severity.ERROR,
            "A line of the text starts with a word between colons, such as `:Tip: drink water before bed.` AsciiDoc reads it as a setting (like the header lines) and the page does not show it.",
            "Write it without the first colon (`Tip: drink water before bed.`), or as `TIP: drink water before bed.` for a tip box (see <<callouts>>).",
            all(":Tip: drink water before bed.\n"),
            all(":icons: font\n\nTip: drink water before bed.\n"));

    SettingLine() {
        super(Lines.PROSE);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(SETTING, BOX);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        if (!doc.line(i).startsWith(":")) {
            return;
        }
        Matcher entry = BODY_SETTING.matcher(doc.line(i));
        if (!entry.matches()) {
            return;
        }
        String name = entry.group(1);
        String text = entry.group(2).strip();
        String upper = name.toUpperCase(Locale.ROOT);
        String box = AsciidocConverter.ADMONITIONS.contains(upper)
                ? BOX.fill("upper", upper, "text", text, "lower", name.toLowerCase(Locale.ROOT))
                : "";
        findings.add(finding(Position.at(doc.path(), i + 1, 1), SETTING.fill("name", name, "text", text, "box", box)));
    }
}
