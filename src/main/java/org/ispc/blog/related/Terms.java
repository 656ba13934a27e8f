package org.ispc.blog.related;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns text into the terms that are compared: runs of letters and digits, lower-cased, without English stop
 * words, single characters and plain numbers, and with plural endings removed.
 */
final class Terms {

    /** English words too common to tell articles apart, and the stubs that contractions leave. */
    private static final Set<String> STOP_WORDS = new HashSet<>(Arrays.asList("""
            a about above after again against all also am an and any are aren as at be because been before being
            below between both but by can cannot could couldn did didn do does doesn doing don down during each
            even ever every few for from further get gets got had hadn has hasn have haven having he her here
            hers herself him himself his how however if in into is isn it its itself just let ll many may me
            might more most much must mustn my myself no nor not now of off often on once one only or other our
            ours ourselves out over own re same shan she should shouldn so some such than that the their theirs
            them themselves then there these they this those through to too under until up us ve very was wasn
            we were weren what when where whether which while who whom why will with within without won would
            wouldn yet you your yours yourself yourselves
            """.split("\\s+")));

    private Terms() {}

    /**
     * How often each term occurs in the title, summary and body, each word counted with its field's boost.
     * Each count is a one-element array, so that counting does not box.
     */
    static Map<String, double[]> frequencies(Candidate article, RelatedConfig config) {
        int length = article.title().length()
                + article.summary().length()
                + article.body().length();
        Map<String, double[]> counts = new HashMap<>(Math.max(16, length / 10));
        char[] buffer = new char[64];
        buffer = add(article.title(), config.titleBoost(), counts, buffer);
        buffer = add(article.summary(), config.summaryBoost(), counts, buffer);
        add(article.body(), 1.0, counts, buffer);
        return counts;
    }

    /** The tags as they are compared: trimmed, lower-cased, blanks left out, sorted. */
    static Set<String> tags(Candidate article) {
        Set<String> tags = new TreeSet<>();
        for (String tag : article.tags()) {
            String normal = tag.strip().toLowerCase(Locale.ROOT);
            if (!normal.isEmpty()) {
                tags.add(normal);
            }
        }
        return tags;
    }

    /**
     * Counts the terms of {@code text} into {@code counts}, lower-casing each word into {@code buffer}.
     *
     * @return the buffer, grown when a word did not fit
     */
    private static char[] add(String text, double boost, Map<String, double[]> counts, char[] buffer) {
        int length = text.length();
        int at = 0;
        while (at < length) {
            while (at < length && !Character.isLetterOrDigit(text.charAt(at))) {
                at++;
            }
            int size = 0;
            while (at < length && Character.isLetterOrDigit(text.charAt(at))) {
                if (size == buffer.length) {
                    buffer = Arrays.copyOf(buffer, 2 * size);
                }
                buffer[size++] = Character.toLowerCase(text.charAt(at));
                at++;
            }
            String term = size < 2 ? null : term(new String(buffer, 0, size));
            if (term != null) {
                counts.computeIfAbsent(term, t -> new double[1])[0] += boost;
            }
        }
        return buffer;
    }

    /** The term a lower-cased word stands for, or null when it is not worth comparing. */
    static String term(String word) {
        if (word.length() < 2 || STOP_WORDS.contains(word) || isNumber(word)) {
            return null;
        }
        return stem(word);
    }

    /**
     * Harman's "S" stemmer, which only removes plurals: {@code -ies} becomes {@code -y}, {@code -es} becomes
     * {@code -e}, a final {@code -s} goes; words ending in {@code -ss}, {@code -us} and {@code -is} (stenosis,
     * arthritis) are kept whole. It is deliberately timid: a wrong merge costs more than a missed one.
     */
    static String stem(String word) {
        int n = word.length();
        if (n < 4 || word.charAt(n - 1) != 's') {
            return word;
        }
        if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
            return word.substring(0, n - 1);
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        return word.substring(0, n - 1);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
