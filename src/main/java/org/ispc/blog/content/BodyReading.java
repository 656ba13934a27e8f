package org.ispc.blog.content;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What is read out of a converted body's HTML: its words, for related articles, search and reading time, its
 * first image, for sharing, and its sections, for the list of contents. Read where the body is made, and kept
 * with it, so that a rebuild does not parse every body again.
 *
 * @param plainText the body's text, as a browser would show it without markup
 * @param leadImage the first image with a site path, or null if the body has none
 * @param sections the body's top-level sections ({@code ==} headings) that a link can reach, in order
 * @param wordCount how many words the body has: runs of characters between spaces, as a reader counts them
 */
public record BodyReading(String plainText, Catalog.LeadImage leadImage, List<Section> sections, int wordCount) {

    /** One {@code ==} section: the id its heading carries and the heading's text. */
    public record Section(String id, String title) {}

    public BodyReading {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** Reads a body from its HTML. */
    public static BodyReading of(String bodyHtml) {
        return of(Jsoup.parseBodyFragment(bodyHtml));
    }

    /** Reads a body already parsed with {@link Jsoup#parseBodyFragment}. */
    public static BodyReading of(Document body) {
        Element image = body.selectFirst("img[src^=/]");
        List<Section> sections = body.select("div.sect1 > h2[id]").stream()
                .map(h -> new Section(h.id(), h.text()))
                .filter(s -> !s.title().isBlank())
                .toList();
        String text = body.text();
        return new BodyReading(
                text,
                image == null ? null : new Catalog.LeadImage(image.attr("src"), image.attr("alt")),
                sections,
                words(text));
    }

    public Optional<Catalog.LeadImage> lead() {
        return Optional.ofNullable(leadImage);
    }

    // counted once, where the body is read: every build shows every article's reading time
    private static int words(String plainText) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < plainText.length(); i++) {
            boolean space = Character.isWhitespace(plainText.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
