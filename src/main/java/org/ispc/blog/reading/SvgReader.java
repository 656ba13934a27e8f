package org.ispc.blog.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * An SVG drawing's text as it shows or is read aloud: {@code <text>} (and its {@code <tspan>}s), {@code <title>},
 * {@code <desc>}, each line at its line and column in the file; a {@code <a href="tel:...">} link with the number
 * it dials. Style sheets and scripts inside the drawing are not text.
 */
final class SvgReader implements PublishedFileReader {

    @Override
    public String kind() {
        return "svg";
    }

    @Override
    public Reading read(byte[] content) {
        Document svg = XmlText.parse(content);
        if (svg.selectFirst("svg") == null) {
            return Reading.damaged("this file has no <svg> drawing in it, so browsers show nothing");
        }
        List<TextPiece> pieces = new ArrayList<>();
        svg.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank() && !inCode(text)) {
                pieces.addAll(XmlText.lines(text));
            } else if (node instanceof Element link && isTel(link)) {
                Range.Position at = link.sourceRange().start();
                pieces.add(new TextPiece(
                        link.text(),
                        0,
                        at.lineNumber(),
                        at.columnNumber(),
                        "",
                        href(link).substring(4)));
            }
        });
        return Reading.of(pieces);
    }

    private static boolean inCode(TextNode text) {
        for (Element e = text.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
            String name = e.normalName();
            if (name.equals("style") || name.equals("script")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTel(Element e) {
        return e.normalName().equals("a") && href(e).toLowerCase(Locale.ROOT).startsWith("tel:");
    }

    private static String href(Element a) {
        return a.hasAttr("href") ? a.attr("href").trim() : a.attr("xlink:href").trim();
    }
}
