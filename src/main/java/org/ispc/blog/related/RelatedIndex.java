package org.ispc.blog.related;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The related articles of every article, chosen once for a whole bake and then only looked up.
 *
 * <p>For each article the list holds, without the article itself and without repeats:
 *
 * <ol>
 *   <li>its pinned choices, in the writer's order;
 *   <li>then the articles that score above zero, best first. The score is {@code tagWeight * tagCosine +
 *       textWeight * textCosine}: the cosine of the shared tags weighted by rarity (IDF), and the TF-IDF cosine
 *       of title, summary and body (see {@link RelatedConfig}). An equal score goes to the newer article, then
 *       to the smaller id;
 *   <li>then, when too few score, the newest articles sharing a tag, then the newest of all,
 * </ol>
 *
 * <p>up to {@link RelatedConfig#count()} in all (fewer only when there are not enough other articles; pins
 * beyond the count are dropped). The lists depend only on the set of candidates and the configuration, never
 * on their order: articles are numbered by id before anything else happens, and every tie has a rule.
 *
 * <p><b>Why TF-IDF cosine over an inverted index, and not Lucene's {@code MoreLikeThis}.</b>
 *
 * <ul>
 *   <li>No dependency: a few hundred lines of plain Java here, against Lucene's core, an analyzer module, an
 *       index to build and a query per article to run.
 *   <li>Deterministic by construction: articles are numbered by id, features alphabetically, and every tie has a
 *       rule, so the same content gives the same lists whatever the order of the input or the threads. With
 *       {@code MoreLikeThis} equal scores come back in the order documents were added, and document frequencies
 *       count deleted documents until segments merge.
 *   <li>Fast enough: an article is compared only with the articles that share one of its indexed words or tags,
 *       found through the postings lists, never with every other article; an article indexes only its {@link
 *       RelatedConfig#termsPerArticle()} heaviest words, and words or tags on most articles are not indexed at
 *       all. {@code RelatedBenchmark} in the tests measures 5,000 generated articles well under the 2 s budget
 *       on two cores with a 512 MB heap.
 *   <li>Explainable, and suited to a small blog: a score is the sum, over shared words and tags, of the product
 *       of two weights that can be worked out by hand. {@code MoreLikeThis} by default ignores words found fewer
 *       than twice in the article or in fewer than five articles, which on a blog of a few dozen articles leaves
 *       little to compare.
 * </ul>
 *
 * <p>An instance is immutable and can be shared between threads.
 */
public final class RelatedIndex {

    private final Map<String, List<String>> related;

    private RelatedIndex(Map<String, List<String>> related) {
        this.related = related;
    }

    /**
     * Chooses the related articles of every candidate.
     *
     * @param candidates the articles readers can see, each with a distinct id; pins must name candidates
     * @throws IllegalArgumentException when two candidates share an id, or a pin names no candidate
     */
    public static RelatedIndex build(List<Candidate> candidates, RelatedConfig config) {
        Objects.requireNonNull(config, "config");
        List<Candidate> articles = new ArrayList<>(candidates);
        articles.sort(Comparator.comparing(Candidate::id));
        List<List<Integer>> pins = pins(articles, config.count());
        Chooser chooser = new Chooser(Vectors.of(articles, config), Recency.of(articles), pins, config.count());

        int n = articles.size();
        int chunks = Math.min(n, 4 * Runtime.getRuntime().availableProcessors());
        List<List<Integer>> chosen = IntStream.range(0, chunks)
                .parallel()
                .mapToObj(chunk -> chooser.choose(chunk * n / chunks, (chunk + 1) * n / chunks))
                .flatMap(List::stream)
                .toList();

        Map<String, List<String>> related = new LinkedHashMap<>();
        for (int article = 0; article < n; article++) {
            related.put(
                    articles.get(article).id(),
                    chosen.get(article).stream()
                            .map(other -> articles.get(other).id())
                            .toList());
        }
        return new RelatedIndex(Collections.unmodifiableMap(related));
    }

    /**
     * The related articles of one article, best first.
     *
     * @return up to {@link RelatedConfig#count()} ids; empty when {@code id} is not a candidate
     */
    public List<String> relatedTo(String id) {
        return related.getOrDefault(id, List.of());
    }

    /** Every candidate's id, in id order, with its related articles: an unmodifiable map. */
    public Map<String, List<String>> all() {
        return related;
    }

    /**
     * Every article's pins as article numbers, in order, without the article itself and repeats, at most
     * {@code count}.
     */
    private static List<List<Integer>> pins(List<Candidate> articles, int count) {
        Map<String, Integer> numbers = new HashMap<>();
        for (int article = 0; article < articles.size(); article++) {
            if (numbers.putIfAbsent(articles.get(article).id(), article) != null) {
                throw new IllegalArgumentException(
                        "two candidates have the id " + articles.get(article).id());
            }
        }
        List<List<Integer>> pins = new ArrayList<>(articles.size());
        for (int article = 0; article < articles.size(); article++) {
            List<Integer> own = new ArrayList<>(count);
            for (String pin : articles.get(article).pinned()) {
                Integer other = numbers.get(pin);
                if (other == null) {
                    throw new IllegalArgumentException(
                            "candidate " + articles.get(article).id() + " pins " + pin + ", which is not a candidate");
                }
                if (other != article && !own.contains(other) && own.size() < count) {
                    own.add(other);
                }
            }
            pins.add(own);
        }
        return pins;
    }

    /** Chooses the lists of a range of articles, with scratch space of its own: one per thread. */
    private record Chooser(Vectors vectors, Recency recency, List<List<Integer>> pins, int count) {

        List<List<Integer>> choose(int from, int to) {
            double[] scores = new double[pins.size()];
            int[] touched = new int[pins.size()];
            int[] marks = new int[pins.size()];
            List<List<Integer>> lists = new ArrayList<>(to - from);
            for (int article = from; article < to; article++) {
                List<Integer> list = new ArrayList<>(pins.get(article));
                if (list.size() < count) {
                    TopScores best = new TopScores(recency, count - list.size());
                    int touchedCount = vectors.accumulate(article, scores, touched, marks);
                    for (int t = 0; t < touchedCount; t++) {
                        int other = touched[t];
                        if (scores[other] > 0 && (list.isEmpty() || !list.contains(other))) {
                            best.offer(other, scores[other]);
                        }
                        scores[other] = 0;
                    }
                    best.addTo(list);
                    recency.fill(article, list, count);
                }
                lists.add(list);
            }
            return lists;
        }
    }
}
