package org.ispc.blog.writer;

import java.text.Normalizer;
import java.util.Locale;

/** Turns an article's title into its file name (without {@code .adoc}), which is also its address. */
final class Slug {

    /** File names longer than this are cut at the last whole word that fits. */
    static final int MAX_LENGTH = 60;

    private Slug() {}

    /**
     * Lower-case ASCII words joined by hyphens: "Sciatica in Runners" gives {@code sciatica-in-runners},
     * "Runner's Knee & Hip Pain" gives {@code runners-knee-and-hip-pain}, "Épaule gelée" gives {@code
     * epaule-gelee}.
     *
     * @return the slug, empty when the title holds no letter or digit that ASCII can spell
     */
    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace("'", "")
                .replace("&", " and ");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return cut(slug);
    }

    private static String cut(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int hyphen = slug.lastIndexOf('-', MAX_LENGTH);
        return hyphen > 0 ? slug.substring(0, hyphen) : slug.substring(0, MAX_LENGTH);
    }
}
