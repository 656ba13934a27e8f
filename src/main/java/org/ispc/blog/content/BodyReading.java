package org.ispc.blog.content;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What is read out of a converted body's HTML: its words, for related articles and search, and its first
 * image, for sharing. Read where the body is made, and kept with it, so that a rebuild does not parse every
 * body again.
 *
 * @param plainText the body's text, as a browser would show it without markup
 * @param leadImage the first image with a site path, or null if the body has none
 */
public record BodyReading(String plainText, Catalog.LeadImage leadImage) {

    /** Reads a body from its HTML. */
    public static BodyReading of(String bodyHtml) {
        return of(Jsoup.parseBodyFragment(bodyHtml));
    }

    /** Reads a body already parsed with {@link Jsoup#parseBodyFragment}. */
    public static BodyReading of(Document body) {
        Element image = body.selectFirst("img[src^=/]");
        return new BodyReading(
                body.text(), image == null ? null : new Catalog.LeadImage(image.attr("src"), image.attr("alt")));
    }

    public Optional<Catalog.LeadImage> lead() {
        return Optional.ofNullable(leadImage);
    }
}
