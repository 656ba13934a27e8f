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

/** Link text such as "click here", which tells a screen reader's user nothing about where it leads. */
final class VagueLinkText extends ProseLineRule {

    private static final Pattern LINK_TEXT =
            Pattern.compile("(?:link:|xref:|https?://)[^\\[\\s]*\\[([^\\]]*)\\]|<<[^,>]+,([^>]*)>>");
    static final Set<String> VAGUE_LINK_TEXT =
            Set.of("click here", "here", "read more", "more", "this link", "link", "this", "learn more");

    static final Wording VAGUE = new Wording(
            "vague",
            "the link text '{text}' says nothing about where it leads; use the destination's topic, e.g. [our guide to sciatica]");

    static final Rule RULE = lint(
            "vague-link-text",
            Severity.WARNING,
            "The text of a link, such as \"click here\" or \"read more\", says nothing about where it leads; a screen-reader user hears only that text.",
            "Name the destination: `+xref:sciatica.adoc[our guide to sciatica]+`.",
            all("Read about sciatica xref:sciatica.adoc[here].\n"),
            all("Read xref:sciatica.adoc[our guide to sciatica].\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(VAGUE);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        Matcher link = LINK_TEXT.matcher(doc.line(i));
        while (link.find()) {
            String text = (link.group(1) != null ? link.group(1) : link.group(2))
                    .trim()
                    .toLowerCase(Locale.ROOT);
            if (VAGUE_LINK_TEXT.contains(text)) {
                findings.add(finding(Position.at(doc.path(), i + 1, link.start() + 1), VAGUE.fill("text", text)));
            }
        }
    }
}
