package org.ispc.blog.related;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

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
 *
 * <p>Features are numbered in alphabetical order and every loop runs in article or feature order, so the
 * vectors, and every floating-point sum over them, do not depend on thread timing.
 */
final class Vectors {

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
        Counts words = Counts.of(articles, article -> Terms.frequencies(article, config));
        Counts tags = Counts.of(articles, Vectors::tagFrequencies);
        Sparse[] wordWeights =
                words.weigh(config.maxTermShare(), config.termsPerArticle(), Math.sqrt(config.textWeight()), 0);
        Sparse[] tagWeights =
                tags.weigh(config.maxTagShare(), Integer.MAX_VALUE, Math.sqrt(config.tagWeight()), words.features());

        int n = articles.size();
        int[][] featuresOf = new int[n][];
        double[][] weightsOf = new double[n][];
        int[] postingCounts = new int[words.features() + tags.features()];
        for (int article = 0; article < n; article++) {
            featuresOf[article] = concat(wordWeights[article].ids(), tagWeights[article].ids());
            weightsOf[article] = concat(wordWeights[article].values(), tagWeights[article].values());
            for (int feature : featuresOf[article]) {
                postingCounts[feature]++;
            }
        }
        int[][] postingArticles = new int[postingCounts.length][];
        double[][] postingWeights = new double[postingCounts.length][];
        for (int feature = 0; feature < postingCounts.length; feature++) {
            postingArticles[feature] = new int[postingCounts[feature]];
            postingWeights[feature] = new double[postingCounts[feature]];
        }
        int[] filled = new int[postingCounts.length];
        for (int article = 0; article < n; article++) {
            for (int k = 0; k < featuresOf[article].length; k++) {
                int feature = featuresOf[article][k];
                postingArticles[feature][filled[feature]] = article;
                postingWeights[feature][filled[feature]] = weightsOf[article][k];
                filled[feature]++;
            }
        }
        return new Vectors(featuresOf, weightsOf, postingArticles, postingWeights);
    }

    /**
     * Adds the dot product of the article's vector with every other article's vector that shares a feature
     * to {@code scores}, and lists those articles in {@code touched}, each once. The three arrays have a slot
     * per article; scores must be zero on entry, and {@code marks} must not hold {@code article + 1}, which
     * marks the articles touched.
     *
     * @return how many articles were touched
     */
    int accumulate(int article, double[] scores, int[] touched, int[] marks) {
        int count = 0;
        int[] features = featuresOf[article];
        double[] weights = weightsOf[article];
        for (int k = 0; k < features.length; k++) {
            int[] others = postingArticles[features[k]];
            double[] otherWeights = postingWeights[features[k]];
            for (int p = 0; p < others.length; p++) {
                int other = others[p];
                if (other != article) {
                    if (marks[other] != article + 1) {
                        marks[other] = article + 1;
                        touched[count++] = other;
                    }
                    scores[other] += weights[k] * otherWeights[p];
                }
            }
        }
        return count;
    }

    private static Map<String, double[]> tagFrequencies(Candidate article) {
        Map<String, double[]> tags = new HashMap<>();
        for (String tag : Terms.tags(article)) {
            tags.put(tag, new double[] {1});
        }
        return tags;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A sparse vector: feature numbers, ascending, and a value for each. */
    private record Sparse(int[] ids, double[] values) {}

    /** How often each article has each feature, and on how many articles each feature is. */
    private record Counts(Sparse[] articles, int[] documentFrequency) {

        /**
         * Counts features of every article in parallel. Threads number features as they meet them; the numbers
         * are then replaced by the features' alphabetical ranks, which do not depend on timing.
         */
        static Counts of(List<Candidate> articles, Function<Candidate, Map<String, double[]>> counter) {
            Map<String, Integer> dictionary = new ConcurrentHashMap<>();
            AtomicInteger next = new AtomicInteger();
            Sparse[] raw = articles.parallelStream()
                    .map(article -> {
                        Map<String, double[]> counts = counter.apply(article);
                        int[] ids = new int[counts.size()];
                        double[] values = new double[counts.size()];
                        int k = 0;
                        for (Map.Entry<String, double[]> count : counts.entrySet()) {
                            Integer id = dictionary.get(count.getKey());
                            ids[k] = id != null
                                    ? id
                                    : dictionary.computeIfAbsent(count.getKey(), key -> next.getAndIncrement());
                            values[k] = count.getValue()[0];
                            k++;
                        }
                        return new Sparse(ids, values);
                    })
                    .toArray(Sparse[]::new);

            String[] byId = new String[next.get()];
            dictionary.forEach((feature, id) -> byId[id] = feature);
            int[] rank = new int[byId.length];
            int[] alphabetical = IntStream.range(0, byId.length)
                    .boxed()
                    .sorted((a, b) -> byId[a].compareTo(byId[b]))
                    .mapToInt(Integer::intValue)
                    .toArray();
            for (int r = 0; r < alphabetical.length; r++) {
                rank[alphabetical[r]] = r;
            }
            Sparse[] ranked =
                    Arrays.stream(raw).parallel().map(v -> renumber(v, rank)).toArray(Sparse[]::new);
            int[] documentFrequency = new int[byId.length];
            for (Sparse article : ranked) {
                for (int feature : article.ids()) {
                    documentFrequency[feature]++;
                }
            }
            return new Counts(ranked, documentFrequency);
        }

        int features() {
            return documentFrequency.length;
        }

        /**
         * The pruned, normalised and scaled TF-IDF weights of every article, numbered from {@code offset}.
         *
         * @param maxShare features on more than this share of the articles are dropped
         * @param keep how many of its heaviest features an article keeps at the most
         */
        Sparse[] weigh(double maxShare, int keep, double scale, int offset) {
            return Arrays.stream(articles)
                    .parallel()
                    .map(counts -> weigh(counts, maxShare * articles.length, keep, scale, offset))
                    .toArray(Sparse[]::new);
        }

        private Sparse weigh(Sparse counts, double maxArticles, int keep, double scale, int offset) {
            int[] ids = counts.ids();
            double[] weights = new double[ids.length];
            double squares = 0;
            int matchable = 0;
            for (int k = 0; k < ids.length; k++) {
                int df = documentFrequency[ids[k]];
                if (df <= maxArticles) {
                    weights[k] = Math.log1p(counts.values()[k]) * Math.log((double) articles.length / df);
                    squares += weights[k] * weights[k];
                    matchable += isMatchable(ids[k], weights[k]) ? 1 : 0;
                }
            }
            if (scale == 0 || matchable == 0) {
                return new Sparse(new int[0], new double[0]);
            }
            // the keep-th heaviest weight; of the weights equal to it, the alphabetically first are kept
            double cut = 0;
            int equalKept = 0;
            if (matchable > keep) {
                double[] sorted = new double[matchable];
                int m = 0;
                for (int k = 0; k < ids.length; k++) {
                    if (isMatchable(ids[k], weights[k])) {
                        sorted[m++] = weights[k];
                    }
                }
                Arrays.sort(sorted);
                cut = sorted[matchable - keep];
                equalKept = keep;
                for (int i = matchable - 1; sorted[i] > cut; i--) {
                    equalKept--;
                }
            }
            double factor = scale / Math.sqrt(squares);
            int[] keptIds = new int[Math.min(keep, matchable)];
            double[] keptWeights = new double[keptIds.length];
            int kept = 0;
            for (int k = 0; k < ids.length; k++) {
                if (isMatchable(ids[k], weights[k]) && (weights[k] > cut || (weights[k] == cut && equalKept-- > 0))) {
                    keptIds[kept] = offset + ids[k];
                    keptWeights[kept] = weights[k] * factor;
                    kept++;
                }
            }
            return new Sparse(keptIds, keptWeights);
        }

        /** Whether a feature can match another article: it is on more than one, and not dropped. */
        private boolean isMatchable(int feature, double weight) {
            return documentFrequency[feature] > 1 && weight > 0;
        }
    }

    private static Sparse renumber(Sparse vector, int[] rank) {
        long[] packed = new long[vector.ids().length];
        for (int k = 0; k < packed.length; k++) {
            packed[k] = (long) rank[vector.ids()[k]] << 32 | k;
        }
        Arrays.sort(packed);
        int[] ids = new int[packed.length];
        double[] values = new double[packed.length];
        for (int k = 0; k < packed.length; k++) {
            ids[k] = (int) (packed[k] >>> 32);
            values[k] = vector.values()[(int) packed[k]];
        }
        return new Sparse(ids, values);
    }
}
