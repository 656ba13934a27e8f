package org.ispc.blog.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The "did you mean" of a message: the known word a misspelling most likely meant. */
public final class Suggestion {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestion() {}

    /**
     * The known word closest to {@code written}, if close enough to be what the writer meant: at most two
     * letters apart, or a third of the word for longer ones. Ties go to the first in alphabetical order.
     */
    public static Optional<String> closest(String written, Collection<String> known) {
        String typed = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int d = DISTANCE.apply(typed, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, written.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }
}
