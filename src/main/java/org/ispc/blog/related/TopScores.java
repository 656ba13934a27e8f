package org.ispc.blog.related;

import java.util.List;

/**
 * The best few articles by score, kept sorted while scores are offered: higher score first, then the winner
 * of {@link Recency#before}. Holds at most its capacity, so offering every touched article costs little.
 */
final class TopScores {

    private final Recency recency;
    private final int[] articles;
    private final double[] scores;
    private int size;

    TopScores(Recency recency, int capacity) {
        this.recency = recency;
        this.articles = new int[capacity];
        this.scores = new double[capacity];
    }

    void offer(int article, double score) {
        int at = size;
        while (at > 0 && outranks(article, score, articles[at - 1], scores[at - 1])) {
            at--;
        }
        if (at == articles.length) {
            return;
        }
        int moved = Math.min(size, articles.length - 1) - at;
        System.arraycopy(articles, at, articles, at + 1, moved);
        System.arraycopy(scores, at, scores, at + 1, moved);
        articles[at] = article;
        scores[at] = score;
        size = Math.min(size + 1, articles.length);
    }

    /** Adds the articles kept, best first, to {@code chosen}. */
    void addTo(List<Integer> chosen) {
        for (int i = 0; i < size; i++) {
            chosen.add(articles[i]);
        }
    }

    private boolean outranks(int article, double score, int other, double otherScore) {
        return score > otherScore || (score == otherScore && recency.before(article, other));
    }
}
