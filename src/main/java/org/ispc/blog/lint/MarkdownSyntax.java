package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** Links, pictures and tables written the Markdown way in an AsciiDoc article: the page would show them as typed. */
final class MarkdownSyntax extends LineRule {

    /** [text](address) and ![description](picture): Markdown, shown by AsciiDoc as typed. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile(
            "(!?)\\[([^\\]\\[]+)\\]\\(((?:https?://|mailto:|www\\.|/)[^)\\s]*|[^)\\s/]+\\.(?:adoc|html?|jpe?g|png|gif|webp|svg|pdf))\\)");
    /** The second line of a Markdown table: |---|:--:| */
    private static final Pattern MARKDOWN_TABLE_RULE =
            Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");

    static final Wording MARKDOWN_LINK_WORDS = new Wording(
            "link",
            "this {kind} is written the Markdown way, and the page would show it as typed; in AsciiDoc write {asciidoc}");

    static final Wording MARKDOWN_TABLE = new Wording(
            "table",
            "this table is written the Markdown way, and the page would show its lines as typed; in AsciiDoc a table goes between two '|===' lines, one '|cell' per cell and no '---' line (see the writer's guide, \"Tables\")");

    static final Rule RULE = lint(
            "markdown",
            Severity.ERROR,
            "A link, picture or table is written the Markdown way (`[text](https://...)`, `![description](knee.jpg)`, `|---|` under a row of cells), and the page would show it exactly as typed.",
            "The message gives the AsciiDoc to write: `+https://www.nih.gov/[the NIH]+`, `+xref:sciatica.adoc[our sciatica article]+`, `+image::knee.jpg[A knee stretch]+`; for tables, see <<tables>>.",
            all(
                    "See [our guide](sciatica.adoc).\n",
                    "![A stretch](/images/stretch.jpg)\n",
                    "| Position | Why |\n|---|---|\n| Side | Straight |\n"),
            all("See xref:sciatica.adoc[our guide].\n"));

    MarkdownSyntax() {
        super(Lines.PROSE);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(MARKDOWN_LINK_WORDS, MARKDOWN_TABLE);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        links(doc.path(), doc.line(i), i, findings);
        table(doc.path(), doc.lines(), i, findings);
    }

    private void links(String path, String line, int i, List<Finding> findings) {
        if (!line.contains("](")) {
            return;
        }
        Matcher link = MARKDOWN_LINK.matcher(line);
        while (link.find()) {
            String text = link.group(2);
            String address = link.group(3);
            // a picture on a line of its own is a block (image::), one inside a sentence an inline image (image:)
            String macro = line.strip().equals(link.group()) ? "image::" : "image:";
            String asciidoc = !link.group(1).isEmpty()
                    ? macro + address.replaceFirst("^/images/", "") + "[" + text + "]"
                    : address.endsWith(".adoc")
                            ? "xref:" + address + "[" + text + "]"
                            : (address.startsWith("www.") ? "https://" : address.startsWith("/") ? "link:" : "")
                                    + address + "[" + text + "]";
            findings.add(finding(
                    Position.at(path, i + 1, link.start() + 1),
                    MARKDOWN_LINK_WORDS.fill(
                            "kind", link.group(1).isEmpty() ? "link" : "picture", "asciidoc", asciidoc)));
        }
    }

    private void table(String path, String[] lines, int i, List<Finding> findings) {
        String line = lines[i];
        if (line.startsWith("|")
                && !line.startsWith("|===")
                && i + 1 < lines.length
                && MARKDOWN_TABLE_RULE.matcher(lines[i + 1]).matches()) {
            findings.add(finding(Position.at(path, i + 1, 1), MARKDOWN_TABLE.fill()));
        }
    }
}
