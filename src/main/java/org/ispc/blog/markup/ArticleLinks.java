package org.ispc.blog.markup;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links to another article by its file name ({@code [text](other-article.md)}, {@code (other-article.adoc)}, or
 * {@code href="other-article.html"} in an HTML article), pointed at that article's page: the file name is what a
 * writer knows, and the page's address is not the file's. A link to a file that does not exist is left as written,
 * for the link checks to report at its line.
 */
final class ArticleLinks {

    /** A relative link to a content file, with an optional #section. */
    private static final Pattern FILE_LINK =
            Pattern.compile("href=\"([^\":/?#][^\":?#]*\\.(?:md|adoc|html))(#[^\"]*)?\"");

    private ArticleLinks() {}

    /**
     * {@code html} with each link to a content file pointed at its page.
     *
     * @param addressOf the address of the file a link from {@code path} names, if that file exists
     */
    static String pointed(String path, String html, BiFunction<String, String, Optional<String>> addressOf) {
        if (html.indexOf("href=\"") < 0) {
            return html;
        }
        Matcher link = FILE_LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (link.find()) {
            String fragment = link.group(2) == null ? "" : link.group(2);
            String replacement = addressOf
                    .apply(path, link.group(1))
                    .map(address -> "href=\"" + address + fragment + "\"")
                    .orElse(link.group());
            link.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(out);
        return out.toString();
    }
}
