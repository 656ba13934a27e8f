package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** UTF-8 text that was read as Windows-1252 once: â€™ for ’, Ã© for é, Â before a space. */
final class Mojibake extends LineRule {

    private static final Pattern MOJIBAKE = Pattern.compile(
            "â€[\\u0080-\\u00BF\\u2010-\\u203A\\u0152\\u0153\\u0160\\u0161\\u017D\\u017E\\u0178\\u02C6\\u02DC\\u2122]?|Ã[\\u0080-\\u00BF]|Â[\\u00A0-\\u00BF]");

    static final Wording GARBLED = new Wording(
            "garbled", "'{garbled}' is garbled text from a bad copy (a quote, dash or accent); retype that character");

    static final Rule RULE = lint(
            "mojibake",
            Severity.ERROR,
            "Garbled characters such as `â€™` or `Ã©`: the text went through a bad copy and paste.",
            "Retype the quote, dash or accented letter that was meant.",
            all("Don\u00e2\u20ac\u2122t lift heavy boxes.\n"),
            all("Don\u2019t lift heavy boxes at the caf\u00e9.\n"));

    Mojibake() {
        super(Lines.CHARACTERS);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(GARBLED);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        Matcher garbled = MOJIBAKE.matcher(doc.writtenLine(i));
        while (garbled.find()) {
            findings.add(finding(
                    Position.at(doc.path(), i + 1, garbled.start() + 1), GARBLED.fill("garbled", garbled.group())));
        }
    }
}
