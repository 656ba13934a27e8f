package org.ispc.blog.publish;

import java.util.Optional;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.diag.Finding;

/**
 * An old address that leads to an article not yet published (a draft, as the importer makes them, or one dated
 * later): no longer an error, since the article is there and will be published; the old address is redirected
 * from the first build that publishes it, and meanwhile the old site keeps serving the page.
 */
final class UnpublishedTarget {

    static final String RULE = "redirects/unpublished-target";

    private UnpublishedTarget() {}

    /** The warning for a redirect whose target page is missing from the site, when an unpublished article has it. */
    static Optional<Finding> of(HostingFiles.Redirect redirect, Catalog catalog) {
        return catalog.all().stream()
                .filter(m -> !m.isPublished() && sameAddress(m.url(), redirect.to()))
                .findFirst()
                .map(m -> Finding.warning(
                        redirect.at(),
                        RULE,
                        "'" + redirect.to() + "' is " + m.path() + ", " + what(m) + "; " + redirect.from()
                                + " is redirected there from the first build that publishes it"));
    }

    private static String what(Manuscript m) {
        return switch (m.publication()) {
            case DRAFT -> "a draft";
            case SCHEDULED ->
                "an article scheduled for " + m.date().map(Object::toString).orElse("later");
            case PUBLISHED -> "published";
        };
    }

    private static boolean sameAddress(String url, String to) {
        return strip(url).equals(strip(to));
    }

    private static String strip(String address) {
        String s = address.endsWith("/index.html")
                ? address.substring(0, address.length() - "index.html".length())
                : address;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
