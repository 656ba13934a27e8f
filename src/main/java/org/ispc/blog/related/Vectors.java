package org.ispc.blog.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles as sparse, L2-normalised feature vectors, with an inverted index (feature to the articles that
 * have it) for computing dot products without comparing every pair.
 *
 * <p>Features are words and tags. Each has a TF-IDF weight, {@code ln(1 + tf) * ln(n / df)}, where a tag's
 * {@code tf} is 1. The word part and the tag part of a vector are normalised separately and scaled by the
 * square roots of {@link RelatedConfig#textWeight()} and {@link RelatedConfig#tagWeight()}, so the dot
 * product of two vectors is {@code textWeight * textCosine + tagWeight * tagCosine}.
 *
 * <p>Pruning: features on more than the configured share of the articles are dropped; features on one
 * article only are counted in its norm but not indexed (they cannot match anything); of the rest, an article
 * keeps only its {@link RelatedConfig#termsPerArticle()} heaviest words. Norms are taken before that cut, so a
 * pruned score never exceeds the exact cosine.
 */
final class Vectors {

    /** Tags share the dictionary with words; no word contains this character. */
    private static final String TAG_PREFIX = "#";

    private static final Comparator<Map.Entry<String, Double>> HEAVIEST_FIRST =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private final int[][] featuresOf;
    private final double[][] weightsOf;
    private final int[][] postingArticles;
    private final double[][] postingWeights;

    private Vectors(int[][] featuresOf, double[][] weightsOf, int[][] postingArticles, double[][] postingWeights) {
        this.featuresOf = featuresOf;
        this.weightsOf = weightsOf;
        this.postingArticles = postingArticles;
        this.postingWeights = postingWeights;
    }

    /** Builds the vectors of the articles, whose positions in the list become their numbers. */
    static Vectors of(List<Candidate> articles, RelatedConfig config) {
        long t0 = System.nanoTime();
        List<Map<String, Double>> freqs = articles.parallelStream()
                .map(article -> Terms.frequencies(article, config))
                .toList();
        long t1 = System.nanoTime();
        List<Map<String, Double>> words =
                weigh(freqs, config.maxTermShare(), config.termsPerArticle(), Math.sqrt(config.textWeight()));
        List<Map<String, Double>> tags = weigh(
                articles.stream().map(Vectors::tagFrequencies).toList(),
                config.maxTagShare(),
                Integer.MAX_VALUE,
                Math.sqrt(config.tagWeight()));

        long t2 = System.nanoTime();
        System.err.printf("terms %d weigh %d%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000);
        int n = articles.size();
        Map<String, Integer> dictionary = new HashMap<>();
        List<Integer> postingCounts = new ArrayList<>();
        int[][] featuresOf = new int[n][];
        double[][] weightsOf = new double[n][];
        for (int article = 0; article < n; article++) {
            Map<String, Double> features = new LinkedHashMap<>(words.get(article));
            features.putAll(tags.get(article));
            featuresOf[article] = new int[features.size()];
            weightsOf[article] = new double[features.size()];
            int k = 0;
            for (Map.Entry<String, Double> feature : features.entrySet()) {
                int id = dictionary.computeIfAbsent(feature.getKey(), key -> {
                    postingCounts.add(0);
                    return postingCounts.size() - 1;
                });
                postingCounts.set(id, postingCounts.get(id) + 1);
                featuresOf[article][k] = id;
                weightsOf[article][k] = feature.getValue();
                k++;
            }
        }

        int[][] postingArticles = new int[postingCounts.size()][];
        double[][] postingWeights = new double[postingCounts.size()][];
        for (int id = 0; id < postingArticles.length; id++) {
            postingArticles[id] = new int[postingCounts.get(id)];
            postingWeights[id] = new double[postingCounts.get(id)];
        }
        int[] filled = new int[postingArticles.length];
        for (int article = 0; article < n; article++) {
            for (int k = 0; k < featuresOf[article].length; k++) {
                int id = featuresOf[article][k];
                postingArticles[id][filled[id]] = article;
                postingWeights[id][filled[id]] = weightsOf[article][k];
                filled[id]++;
            }
        }
        return new Vectors(featuresOf, weightsOf, postingArticles, postingWeights);
    }

    /**
     * Adds the dot product of the article's vector with every other article's vector that shares a feature
     * to {@code scores}, and lists those articles in {@code touched}, each once. Both arrays have a slot per
     * article, and the scores must be zero on entry.
     *
     * @return how many articles were touched
     */
    int accumulate(int article, double[] scores, int[] touched) {
        int count = 0;
        int[] features = featuresOf[article];
        double[] weights = weightsOf[article];
        for (int k = 0; k < features.length; k++) {
            int[] others = postingArticles[features[k]];
            double[] otherWeights = postingWeights[features[k]];
            for (int p = 0; p < others.length; p++) {
                int other = others[p];
                if (other != article) {
                    if (scores[other] == 0) {
                        touched[count++] = other;
                    }
                    scores[other] += weights[k] * otherWeights[p];
                }
            }
        }
        return count;
    }

    private static Map<String, Double> tagFrequencies(Candidate article) {
        Map<String, Double> tags = new LinkedHashMap<>();
        for (String tag : Terms.tags(article)) {
            tags.put(TAG_PREFIX + tag, 1.0);
        }
        return tags;
    }

    /** Turns frequencies into pruned, normalised and scaled TF-IDF weights, heaviest first. */
    private static List<Map<String, Double>> weigh(
            List<Map<String, Double>> frequencies, double maxShare, int keep, double scale) {
        int n = frequencies.size();
        if (scale == 0) {
            return frequencies.stream().map(article -> Map.<String, Double>of()).toList();
        }
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Map<String, Double> article : frequencies) {
            for (String feature : article.keySet()) {
                documentFrequency.merge(feature, 1, Integer::sum);
            }
        }
        double maxArticles = maxShare * n;
        return frequencies.parallelStream()
                .map(article -> {
                    List<Map.Entry<String, Double>> matchable = new ArrayList<>();
                    double squares = 0;
                    for (Map.Entry<String, Double> feature : article.entrySet()) {
                        int df = documentFrequency.get(feature.getKey());
                        double weight = Math.log1p(feature.getValue()) * Math.log((double) n / df);
                        if (df > maxArticles || weight <= 0) {
                            continue;
                        }
                        squares += weight * weight;
                        if (df > 1) {
                            matchable.add(Map.entry(feature.getKey(), weight));
                        }
                    }
                    matchable.sort(HEAVIEST_FIRST);
                    double factor = scale / Math.sqrt(squares);
                    Map<String, Double> weights = new LinkedHashMap<>();
                    for (Map.Entry<String, Double> feature : matchable.subList(0, Math.min(keep, matchable.size()))) {
                        weights.put(feature.getKey(), feature.getValue() * factor);
                    }
                    return weights;
                })
                .toList();
    }
}
