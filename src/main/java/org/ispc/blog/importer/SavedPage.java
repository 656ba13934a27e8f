package org.ispc.blog.importer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.ispc.blog.content.Slug;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One page of the old site as a browser saved it: its article (found by Readability, the main-content
 * extractor of Firefox's reader view, then cleared of the old site's {@link KnownChrome}) and what its head
 * says about it: title, old address, date, summary and topics. Every element keeps the line it stands on in the
 * saved file, for the importer's report.
 *
 * @param file the saved .html file
 * @param oldAddress the page's path on the old site, such as {@code /blog/lower-back-pain}
 * @param addressFromFileName whether the page did not name its address, so that it was made from the file name
 * @param oldPage the page's address on the old site, when it names it (its canonical link or og:url)
 * @param article the article's content; the title heading the old site repeated at its top is left out
 * @param written the addresses of links and pictures as the page wrote them, before Readability made them absolute
 */
record SavedPage(
        Path file,
        String title,
        String oldAddress,
        boolean addressFromFileName,
        Optional<URI> oldPage,
        Optional<LocalDate> date,
        Optional<String> description,
        List<String> tags,
        Element article,
        Map<Element, String> written) {

    /** Reads a saved page, or says why it holds no article. */
    static SavedPage read(Path file) throws IOException, NoArticle {
        Document doc = Jsoup.parse(file, null, "", Parser.htmlParser().setTrackPosition(true));
        Optional<URI> canonical = firstUrl(doc, "link[rel=canonical]", "href", "meta[property=og:url]", "content");
        String title = first(doc, "meta[property=og:title]", "content")
                .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text))
                .or(() -> Optional.of(doc.title()))
                .map(SavedPage::oneLine)
                .filter(t -> !t.isEmpty())
                .orElseThrow(() -> new NoArticle("the page has no title (no og:title, <h1> or <title>)"));

        // Readability rewrites every link and picture address into an absolute one; pictures are copied from the
        // saved page's own folder, so the addresses as written are kept aside first.
        Map<Element, String> written = new IdentityHashMap<>();
        doc.select("img[src]").forEach(img -> written.put(img, img.attr("src")));
        doc.select("a[href]").forEach(a -> written.put(a, a.attr("href")));

        KnownChrome.removeFrom(doc.body());
        String base = canonical.map(URI::toString).orElse(file.toUri().toString());
        Article found = new Readability4J(base, doc).parse();
        Element article = found.getArticleContent();
        if (article == null || article.text().isBlank()) {
            throw new NoArticle("no article text was found in the page");
        }
        KnownChrome.removeRelatedArticles(article);
        Element top = article.selectFirst("h1, h2, h3, h4, h5, h6");
        if (top != null && oneLine(top.text()).equalsIgnoreCase(title)) {
            top.remove();
        }

        String oldAddress =
                canonical.map(URI::getPath).filter(p -> p.length() > 1).orElse(null);
        boolean fromFileName = oldAddress == null;
        if (fromFileName) {
            String name = file.getFileName().toString().replaceFirst("(?i)\\.html?$", "");
            oldAddress = "/blog/" + Slug.words(name);
        }
        return new SavedPage(
                file,
                title,
                oldAddress.replaceAll("/+$", ""),
                fromFileName,
                canonical.filter(u -> u.getHost() != null),
                date(doc),
                first(doc, "meta[name=description]", "content", "meta[property=og:description]", "content")
                        .map(SavedPage::oneLine),
                tags(doc),
                article,
                written);
    }

    /** The page holds nothing the importer can make an article of. */
    static final class NoArticle extends Exception {
        NoArticle(String message) {
            super(message);
        }
    }

    /** The day the old site published the page: its article:published_time, or else the first datetime. */
    private static Optional<LocalDate> date(Document doc) {
        return first(doc, "meta[property=article:published_time]", "content", "time[datetime]", "datetime")
                .filter(d -> d.length() >= 10)
                .flatMap(d -> {
                    try {
                        return Optional.of(LocalDate.parse(d.substring(0, 10)));
                    } catch (DateTimeParseException e) {
                        return Optional.empty();
                    }
                });
    }

    /** The topics the page declares, as article:tag metas or as keywords. */
    private static List<String> tags(Document doc) {
        List<String> tags = doc.select("meta[property=article:tag]").eachAttr("content");
        if (tags.isEmpty()) {
            tags = first(doc, "meta[name=keywords]", "content")
                    .map(k -> Arrays.asList(k.split(",")))
                    .orElse(List.of());
        }
        return tags.stream()
                .map(SavedPage::oneLine)
                .filter(t -> !t.isEmpty())
                .map(t -> t.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** The first non-blank value among (selector, attribute) pairs, in the order given. */
    private static Optional<String> first(Document doc, String... selectorThenAttribute) {
        for (int i = 0; i + 1 < selectorThenAttribute.length; i += 2) {
            for (Element e : doc.select(selectorThenAttribute[i])) {
                String value = e.attr(selectorThenAttribute[i + 1]).strip();
                if (!value.isEmpty()) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<URI> firstUrl(Document doc, String... selectorThenAttribute) {
        return first(doc, selectorThenAttribute).flatMap(u -> {
            try {
                URI uri = new URI(u.strip());
                return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        });
    }

    /** Text as one line: runs of white space, no-break spaces included, become one space. */
    static String oneLine(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
