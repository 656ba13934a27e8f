package org.ispc.blog.related;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The articles from newest to oldest, overall and per tag, for breaking ties and filling up. Articles are
 * numbered by their position in the id-sorted list, so equal dates fall back to the id.
 */
final class Recency {

    private final int[] newestFirst;
    private final int[] rank;
    private final List<Set<String>> tagsOf;
    /** Per tag, the ranks of its articles, ascending: newest first. */
    private final Map<String, int[]> ranksByTag;

    private Recency(int[] newestFirst, List<Set<String>> tagsOf, Map<String, int[]> ranksByTag) {
        this.newestFirst = newestFirst;
        this.tagsOf = tagsOf;
        this.ranksByTag = ranksByTag;
        this.rank = new int[newestFirst.length];
        for (int r = 0; r < newestFirst.length; r++) {
            rank[newestFirst[r]] = r;
        }
    }

    static Recency of(List<Candidate> articles) {
        int n = articles.size();
        long[] day = articles.stream()
                .map(Candidate::date)
                .mapToLong(LocalDate::toEpochDay)
                .toArray();
        int[] newestFirst = IntStream.range(0, n)
                .boxed()
                .sorted((a, b) -> day[a] != day[b] ? Long.compare(day[b], day[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue)
                .toArray();
        List<Set<String>> tagsOf = articles.stream().map(Terms::tags).toList();
        Map<String, List<Integer>> ranks = new TreeMap<>();
        for (int r = 0; r < n; r++) {
            for (String tag : tagsOf.get(newestFirst[r])) {
                ranks.computeIfAbsent(tag, t -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> ranksByTag = new TreeMap<>();
        ranks.forEach((tag, list) ->
                ranksByTag.put(tag, list.stream().mapToInt(Integer::intValue).toArray()));
        return new Recency(newestFirst, tagsOf, ranksByTag);
    }

    /** Whether article {@code a} wins a tie against {@code b}: it is newer, or as new with a smaller id. */
    boolean before(int a, int b) {
        return rank[a] < rank[b];
    }

    /**
     * Adds to {@code chosen}, until it holds {@code count}, the newest articles that share a tag with the
     * article, then the newest of all; never the article itself nor one already chosen.
     */
    void fill(int article, List<Integer> chosen, int count) {
        if (chosen.size() >= count) {
            return;
        }
        int enough = count + 1; // the article itself and those chosen can be among the first of each list
        int[] candidates = tagsOf.get(article).stream()
                .flatMapToInt(tag -> Arrays.stream(ranksByTag.get(tag)).limit(enough))
                .sorted()
                .distinct()
                .map(r -> newestFirst[r])
                .toArray();
        addUntil(candidates, article, chosen, count);
        addUntil(newestFirst, article, chosen, count);
    }

    private static void addUntil(int[] candidates, int article, List<Integer> chosen, int count) {
        for (int i = 0; i < candidates.length && chosen.size() < count; i++) {
            if (candidates[i] != article && !chosen.contains(candidates[i])) {
                chosen.add(candidates[i]);
            }
        }
    }
}
