package org.ispc.blog.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Words as they appear in the site's addresses: an article's title made its file name (without {@code .adoc}),
 * a topic made the name of its page, and the check that a file's name can be an address as it is.
 */
public final class Slug {

    /** New articles' file names longer than this are cut at the last whole word that fits. */
    public static final int MAX_LENGTH = 60;

    private Slug() {}

    /**
     * Lower-case ASCII words joined by hyphens: "Sciatica in Runners" gives {@code sciatica-in-runners},
     * "Runner's Knee & Hip Pain" gives {@code runners-knee-and-hip-pain}, "Épaule gelée" gives {@code
     * epaule-gelee}.
     *
     * @return the slug, empty when the title holds no letter or digit that ASCII can spell
     */
    public static String of(String title) {
        return cut(words(title));
    }

    /**
     * The same without a length limit: "lower back pain" gives {@code lower-back-pain}, "ciática" {@code
     * ciatica}.
     */
    public static String words(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace("'", "")
                .replace("&", " and ");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    /** Whether a name is already lower-case ASCII words joined by single hyphens, as an address needs. */
    public static boolean isSlug(String name) {
        return !name.isEmpty() && words(name).equals(name);
    }

    private static String cut(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int hyphen = slug.lastIndexOf('-', MAX_LENGTH);
        return hyphen > 0 ? slug.substring(0, hyphen) : slug.substring(0, MAX_LENGTH);
    }
}
