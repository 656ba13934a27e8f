package org.ispc.blog.reading;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * An XML file's text, element by element: the Atom feed (feed.xml), whose entries' titles and summaries are named
 * back to the article each came from, and the sitemap. Each element's text is its own piece: joined, the sitemap's
 * addresses and dates would read like numbers ("article-01166/2023-03-12").
 */
final class FeedReader implements PublishedFileReader {

    private final String kind;

    FeedReader(String kind) {
        this.kind = kind;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Reading read(byte[] content) {
        Document xml = XmlText.parse(content);
        List<TextPiece> pieces = new ArrayList<>();
        xml.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                String article = articleOf(text);
                for (TextPiece piece : XmlText.lines(text)) {
                    pieces.add(piece.from(article));
                }
            }
        });
        return Reading.of(pieces);
    }

    /** The address of the page an Atom entry stands for ({@code /blog/x/}), for text inside one; else empty. */
    private static String articleOf(TextNode text) {
        Element entry = text.parent() instanceof Element parent ? parent.closest("entry") : null;
        if (entry == null) {
            return "";
        }
        Element link = entry.selectFirst("link[rel=alternate][href], link:not([rel])[href]");
        String href = link != null ? link.attr("href") : entry.select("id").text();
        try {
            String path = URI.create(href.trim()).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
