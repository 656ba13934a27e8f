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
final class VagueLinkText extends LineRule {

    private static final Pattern LINK_TEXT =
            Pattern.compile("(?:link:|xref:|https?://)[^\\[\\s]*\\[([^\\]]*)\\]|<<[^,>]+,([^>]*)>>");
    /** What each alternative of {@link #LINK_TEXT} starts with. */
    private static final List<String> LINK_STARTS = List.of("link:", "xref:", "http", "<<");

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

    VagueLinkText() {
        super(Lines.PROSE);
    }

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
        String line = doc.line(i);
        int from = firstLink(line);
        if (from < 0) {
            return;
        }
        Matcher link = LINK_TEXT.matcher(line);
        for (boolean found = link.find(from); found; found = link.find()) {
            String text = (link.group(1) != null ? link.group(1) : link.group(2))
                    .trim()
                    .toLowerCase(Locale.ROOT);
            if (VAGUE_LINK_TEXT.contains(text)) {
                findings.add(finding(Position.at(doc.path(), i + 1, link.start() + 1), VAGUE.fill("text", text)));
            }
        }
    }

    /**
     * Where the first link {@link #LINK_TEXT} can read may start: each starts with one of these words, and the
     * pattern, tried at every character of every prose line, need not try those before; -1 when there is none.
     */
    private static int firstLink(String line) {
        int first = -1;
        for (String start : LINK_STARTS) {
            int at = line.indexOf(start);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
