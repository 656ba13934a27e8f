package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/**
 * An HTML tag typed in the text (<b>, <br>, <a href=...>): AsciiDoc shows it as typed, angle brackets and all.
 * The message gives the AsciiDoc that does what the tag meant.
 */
final class HtmlTag extends LineRule {

    /** An HTML tag a writer may type out of habit: AsciiDoc prints it as text. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(b|strong|i|em|u|br|p|a|img|ul|ol|li|h[1-6]|sup|sub|table|tr|td|th|div|span)(\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);

    static final Wording HTML =
            new Wording("html", "'{tag}' is HTML, which AsciiDoc shows exactly as typed; {instead}");

    static final Wording BOLD = new Wording("instead-bold", "write *bold words* between stars");

    static final Wording ITALIC = new Wording("instead-italic", "write _words in italics_ between underscores");

    static final Wording BREAK = new Wording(
            "instead-break",
            "end the line with a space and a '+' to break it there, or leave an empty line for a new paragraph");

    static final Wording PARAGRAPH = new Wording("instead-paragraph", "leave an empty line between paragraphs");

    static final Wording LINK = new Wording(
            "instead-link",
            "write the link as https://www.example.org/[the words to click] (or xref:article.adoc[...] for an article of this blog)");

    static final Wording PICTURE =
            new Wording("instead-picture", "show a picture with image::file-name.jpg[what it shows]");

    static final Wording LIST =
            new Wording("instead-list", "start each item of a list with '* ' (or '. ' for numbered steps)");

    static final Wording SUPERSCRIPT =
            new Wording("instead-superscript", "write ^words^ between carets for superscript");

    static final Wording SUBSCRIPT = new Wording("instead-subscript", "write ~words~ between tildes for subscript");

    static final Wording TABLE =
            new Wording("instead-table", "write the table between two '|===' lines (see the writer's guide, Tables)");

    static final Wording UNDERLINE = new Wording(
            "instead-underline", "AsciiDoc has no underline (readers take it for a link); use *bold* for emphasis");

    static final Wording HEADING =
            new Wording("instead-heading", "start a heading with '== ' (and one inside it with '=== ')");

    static final Wording OTHER = new Wording("instead-other", "write the words without the tag");

    static final Rule RULE = lint(
            "html-tag",
            Severity.ERROR,
            "An HTML tag is typed in the text, such as `+<b>+`, `+<br>+` or `+<a href=\"...\">+`.",
            "AsciiDoc shows it exactly as typed, angle brackets and all. The message gives the AsciiDoc that does what the tag meant: `+*bold*+` for `+<b>+`, a space and a plus sign at the end of a line for `+<br>+`, `+https://www.example.org/[the words]+` for a link.",
            all("Stretch <b>gently</b>.\n"),
            all(
                    "Stretch *gently*, at 3 < 5 > 2.\n",
                    "In HTML a `<b>` tag makes bold text.\n",
                    "Stretch +++<b>+++gently+++</b>+++.\n"));

    HtmlTag() {
        super(Lines.PROSE);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(
                HTML,
                BOLD,
                ITALIC,
                BREAK,
                PARAGRAPH,
                LINK,
                PICTURE,
                LIST,
                SUPERSCRIPT,
                SUBSCRIPT,
                TABLE,
                UNDERLINE,
                HEADING,
                OTHER);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        String line = doc.line(i);
        if (line.indexOf('<') < 0) {
            return;
        }
        Matcher tag = HTML_TAG.matcher(line);
        // +++<b>+++ and pass:[...] hand HTML to the page on purpose
        if (!tag.find()
                || AsciiDocLines.insideBackticks(line, tag.start())
                || line.contains("+++")
                || line.contains("pass:[")) {
            return;
        }
        findings.add(finding(
                Position.at(doc.path(), i + 1, tag.start() + 1),
                HTML.fill(
                        "tag",
                        tag.group(),
                        "instead",
                        instead(tag.group(1).toLowerCase(Locale.ROOT)).fill())));
    }

    private static Wording instead(String name) {
        return switch (name) {
            case "b", "strong" -> BOLD;
            case "i", "em" -> ITALIC;
            case "br" -> BREAK;
            case "p" -> PARAGRAPH;
            case "a" -> LINK;
            case "img" -> PICTURE;
            case "ul", "ol", "li" -> LIST;
            case "sup" -> SUPERSCRIPT;
            case "sub" -> SUBSCRIPT;
            case "table", "tr", "td", "th" -> TABLE;
            case "u" -> UNDERLINE;
            default -> name.startsWith("h") ? HEADING : OTHER;
        };
    }
}
