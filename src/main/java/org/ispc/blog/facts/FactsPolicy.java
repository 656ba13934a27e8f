package org.ispc.blog.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How strict the facts check is.
 *
 * @param maxAgeDays how many days may pass after {@code verified:} in data/clinic.yml before the facts count
 *     as unconfirmed
 * @param strict when true, the warnings that ask a person to act (stale facts, registry differences) fail the
 *     build; the deploy pipeline sets it
 * @param today the day of the build, in the clinic's time zone
 */
public record FactsPolicy(int maxAgeDays, boolean strict, LocalDate today) {

    public FactsPolicy {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("maxAgeDays must be 0 or more, not " + maxAgeDays);
        }
        Objects.requireNonNull(today, "today");
    }
}
