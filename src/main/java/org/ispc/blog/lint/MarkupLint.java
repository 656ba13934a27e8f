package org.ispc.blog.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.Markup;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.markup.MarkupConverter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The lint rules that concern a Markdown or HTML article as much as an AsciiDoc one, read from the structure its
 * markup gives (the AsciiDoc rules read AsciiDoc's lines, and would misread either): a sentence that promises a
 * list with ':' and has none, a picture without a description, a heading that skips a level. Each finding names
 * the source line, worked out from flexmark's source positions (Markdown) or jsoup's (HTML).
 */
final class MarkupLint {

    static final String MISSING_LIST = "lint/missing-list";
    static final String IMAGE_ALT = "lint/image-alt";
    static final String HEADING_SKIP = "lint/heading-skip";

    /** What may follow a sentence ending in ':' instead of a list. */
    private static final Set<String> LIST_LIKE = Set.of("ul", "ol", "dl", "table", "pre", "blockquote", "figure");

    private final Manuscript m;
    private final String body;
    private final Document dom;

    private MarkupLint(Manuscript m) {
        this.m = m;
        this.body = m.sourceBelowHeader();
        this.dom = m.markup() == Markup.MARKDOWN
                ? Jsoup.parseBodyFragment(MarkupConverter.markdownWithPositions(body))
                : Parser.htmlParser().setTrackPosition(true).parseInput(body, "");
    }

    static List<Finding> lint(Manuscript m) {
        MarkupLint lint = new MarkupLint(m);
        List<Finding> findings = new ArrayList<>();
        lint.missingLists(findings);
        lint.imagesWithoutDescription(findings);
        lint.headingSkips(findings);
        return findings;
    }

    /** A paragraph ending in ':' followed by no list, or by one without items ("including:" and nothing). */
    private void missingLists(List<Finding> findings) {
        for (Element p : dom.select("p")) {
            if (!p.text().strip().endsWith(":")) {
                continue;
            }
            Element next = p.nextElementSibling();
            boolean listFollows = next != null
                    && LIST_LIKE.contains(next.normalName())
                    && !(next.normalName().matches("ul|ol")
                            && next.select("li").text().isBlank());
            if (!listFollows) {
                findings.add(Finding.error(
                        endOf(p),
                        MISSING_LIST,
                        "this sentence ends with ':' but no list follows; add the list ("
                                + (m.markup() == Markup.MARKDOWN
                                        ? "one '* item' per line, after a blank line"
                                        : "<ul><li>item</li></ul>")
                                + ") or end the sentence with a full stop"));
            }
        }
    }

    private void imagesWithoutDescription(List<Finding> findings) {
        for (Element img : dom.select("img")) {
            if (!img.attr("alt").isBlank()) {
                continue;
            }
            String src = img.attr("src");
            Position at = SourceText.find(m.path(), body, src).orElse(startOf(img));
            findings.add(Finding.error(
                    at,
                    IMAGE_ALT,
                    "the image '" + src + "' has no description; write what it shows, e.g. "
                            + (m.markup() == Markup.MARKDOWN
                                    ? "![Physical therapist guiding a stretch](" + src + ")"
                                    : "<img src=\"" + src + "\" alt=\"Physical therapist guiding a stretch\">")));
        }
    }

    /** Headings go one level at a time; the title is the page's level 1. */
    private void headingSkips(List<Finding> findings) {
        int last = 1;
        for (Element h : dom.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.normalName().charAt(1) - '0';
            if (level > last + 1) {
                String marker = m.markup() == Markup.MARKDOWN ? "#".repeat(last + 1) : "<h" + (last + 1) + ">";
                findings.add(Finding.error(
                        startOf(h),
                        HEADING_SKIP,
                        "this heading jumps from level " + last + " to level " + level + "; use " + marker
                                + " so screen readers can follow the outline"));
            }
            last = level;
        }
    }

    private Position startOf(Element e) {
        return place(e, range -> range[0]);
    }

    /** Where an element's text ends: the last character before its end, for a sentence's closing ':'. */
    private Position endOf(Element e) {
        return place(e, range -> {
            int end = Math.min(range[1], body.length()) - 1;
            while (end > range[0] && Character.isWhitespace(body.charAt(end))) {
                end--;
            }
            return end;
        });
    }

    /** A place in the source from flexmark's offsets (Markdown) or jsoup's tracked positions (HTML). */
    private Position place(Element e, Function<int[], Integer> offsetOf) {
        if (m.markup() == Markup.HTML) {
            Range range = e.sourceRange();
            return range.isTracked()
                    ? Position.at(
                            m.path(), range.start().lineNumber(), range.start().columnNumber())
                    : Position.at(m.path(), 1, 1);
        }
        for (Element at = e; at != null; at = at.parent()) {
            String pos = at.attr(MarkupConverter.SOURCE_POSITION);
            int dash = pos.indexOf('-');
            if (dash > 0) {
                int[] range = {Integer.parseInt(pos.substring(0, dash)), Integer.parseInt(pos.substring(dash + 1))};
                return SourceText.positionOf(m.path(), body, offsetOf.apply(range));
            }
        }
        return Position.at(m.path(), 1, 1);
    }
}
