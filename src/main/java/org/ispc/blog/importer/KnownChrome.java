package org.ispc.blog.importer;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The blocks the old site (PatientPop, now Tebra) puts around every article, which Readability may still leave
 * in when they sit inside the article's own container: they belong to the old site, not to the article, and this
 * site's templates bring their own. They are known by their markup, so they are taken out of the page before
 * Readability reads it (Readability drops class names); the "You Might Also Enjoy" block is known by its heading,
 * and is taken out of what Readability found.
 */
enum KnownChrome {
    /** Menus and breadcrumbs. */
    MENU("nav, [role=navigation], [class~=(?i)(^|[-_\\s])breadcrumbs?($|[-_\\s])]"),
    /** The site's header and footer, with its offices, phone numbers and copyright. */
    HEADER_AND_FOOTER("body > header, footer, [role=banner], [role=contentinfo]"),
    /** "Book online", "Request an appointment" and their forms. */
    CALL_TO_ACTION("form, [class~=(?i)(^|[-_\\s])(cta|call-to-action|book-?online|request-appointment)($|[-_\\s])]"),
    /** Share and follow buttons. */
    SHARE_BUTTONS("[class~=(?i)(^|[-_\\s])(share|social)($|[-_\\s])]");

    private static final Pattern YOU_MIGHT_ALSO_ENJOY = Pattern.compile("(?i)\\s*you might also enjoy");

    private final String selector;

    KnownChrome(String selector) {
        this.selector = selector;
    }

    /** Removes every known block from a whole page, before Readability reads it. */
    static void removeFrom(Element page) {
        for (KnownChrome chrome : values()) {
            page.select(chrome.selector).stream().filter(e -> e != page).forEach(Element::remove);
        }
    }

    /**
     * Removes the "You Might Also Enjoy..." teasers for other articles (this site shows its own related articles)
     * from an article: the outermost block the heading comes first in, or, for a heading standing in the article
     * itself, the heading and everything after it.
     */
    static void removeRelatedArticles(Element article) {
        for (Element heading : article.select("h1, h2, h3, h4, h5, h6, p, div, span")) {
            if (heading.parent() == null
                    || !YOU_MIGHT_ALSO_ENJOY.matcher(heading.ownText()).lookingAt()) {
                continue;
            }
            Element block = heading;
            while (block.parent() != null
                    && block.parent() != article
                    && block.parent().firstElementChild() == block) {
                block = block.parent();
            }
            if (block == heading && heading.parent() == article) {
                for (Node next = block.nextSibling(); next != null; ) {
                    Node after = next.nextSibling();
                    next.remove();
                    next = after;
                }
            }
            block.remove();
        }
    }
}
