package org.ispc.blog.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The name each topic is shown under. Writers spell a topic as they like ("MRI", "Sciatica", "ciática"); all
 * spellings with one address are one topic, shown the way most articles write it (on a tie, the spelling that
 * sorts first, which puts capitals first), so that "PRP injections" is not printed "prp injections".
 */
public final class TopicLabels {

    private TopicLabels() {}

    /** For each topic's address ({@link TopicAddress#of}), the spelling to show. */
    public static Map<String, String> of(Collection<Manuscript> documents) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Manuscript m : documents) {
            for (String tag : m.tags()) {
                String spelling = tag.strip();
                TopicAddress.of(spelling)
                        .ifPresent(slug -> spellings
                                .computeIfAbsent(slug, s -> new TreeMap<>())
                                .merge(spelling, 1, Integer::sum));
            }
        }
        Map<String, String> labels = new TreeMap<>();
        spellings.forEach((slug, counts) -> labels.put(
                slug,
                counts.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow()
                        .getKey()));
        return labels;
    }
}
