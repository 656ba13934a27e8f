package org.ispc.blog.reading;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/** An XML file (SVG, Atom, sitemap) parsed with each node's line and column, and a text node's lines. */
final class XmlText {

    private XmlText() {}

    static Document parse(byte[] content) {
        return Jsoup.parse(
                new String(content, StandardCharsets.UTF_8),
                "",
                Parser.xmlParser().setTrackPosition(true));
    }

    /** The lines of a text node, each at its line and column in the file. */
    static List<TextPiece> lines(TextNode text) {
        Range.Position at = text.sourceRange().start();
        return TextPiece.lines(text.getWholeText(), 0, at.lineNumber(), at.columnNumber());
    }
}
