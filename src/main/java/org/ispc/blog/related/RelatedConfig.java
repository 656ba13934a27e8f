package org.ispc.blog.related;

/**
 * How {@link RelatedIndex} weighs and prunes. Only the ratio of the two weights matters for the ranking.
 *
 * @param count how many related articles each article gets, at least 1
 * @param tagWeight weight of the tag similarity (cosine of rarity-weighted tags), 0 or more
 * @param textWeight weight of the text similarity (TF-IDF cosine of title, summary and body), 0 or more
 * @param maxTagShare a tag used by more than this share of the articles says nothing and is left out of the
 *     score (as Hugo's cardinality threshold); it still counts when filling up; in (0, 1]
 * @param maxTermShare the same for words: a word in more than this share of the articles is ignored; in (0, 1]
 * @param termsPerArticle only this many of an article's words, those with the highest TF-IDF weight, are
 *     matched against other articles; this bounds the work per article; at least 1
 * @param titleBoost how many times a word of the title counts, at least 1
 * @param summaryBoost how many times a word of the summary counts, at least 1
 */
public record RelatedConfig(
        int count,
        double tagWeight,
        double textWeight,
        double maxTagShare,
        double maxTermShare,
        int termsPerArticle,
        double titleBoost,
        double summaryBoost) {

    public RelatedConfig {
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, not " + count);
        }
        requireWeight("tagWeight", tagWeight);
        requireWeight("textWeight", textWeight);
        if (tagWeight + textWeight == 0) {
            throw new IllegalArgumentException("tagWeight and textWeight cannot both be 0");
        }
        requireShare("maxTagShare", maxTagShare);
        requireShare("maxTermShare", maxTermShare);
        if (termsPerArticle < 1) {
            throw new IllegalArgumentException("termsPerArticle must be 1 or more, not " + termsPerArticle);
        }
        requireBoost("titleBoost", titleBoost);
        requireBoost("summaryBoost", summaryBoost);
    }

    /**
     * Three related articles; tags and text weigh the same; tags and words on more than half the articles are
     * ignored; 40 words an article are matched; title words count three times, summary words twice.
     */
    public static RelatedConfig defaults() {
        return new RelatedConfig(3, 1.0, 1.0, 0.5, 0.5, 40, 3.0, 2.0);
    }

    /** This configuration with another {@link #count()}. */
    public RelatedConfig withCount(int count) {
        return new RelatedConfig(
                count, tagWeight, textWeight, maxTagShare, maxTermShare, termsPerArticle, titleBoost, summaryBoost);
    }

    /** This configuration with other {@link #tagWeight()} and {@link #textWeight()}. */
    public RelatedConfig withWeights(double tagWeight, double textWeight) {
        return new RelatedConfig(
                count, tagWeight, textWeight, maxTagShare, maxTermShare, termsPerArticle, titleBoost, summaryBoost);
    }

    private static void requireWeight(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, 0 or more, not " + value);
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be more than 0 and at most 1, not " + value);
        }
    }

    private static void requireBoost(String name, double value) {
        if (!(value >= 1) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, 1 or more, not " + value);
        }
    }
}
