package org.ispc.blog.facts;

import java.time.LocalDate;

/**
 * How strict the facts check is asked to be on the command line ({@code -Dfacts.maxAgeDays=N},
 * {@code -Dfacts.strict=true}); the day of the build makes it a {@link FactsPolicy}.
 *
 * @param maxAgeDays how many days may pass after {@code verified:} in data/clinic.yml
 * @param strict whether the warnings that ask a person to act fail the build
 */
public record FactsOptions(int maxAgeDays, boolean strict) {

    public static final int DEFAULT_MAX_AGE_DAYS = 180;
    /** What a build without those options gets. */
    public static final FactsOptions DEFAULTS = new FactsOptions(DEFAULT_MAX_AGE_DAYS, false);

    /** The policy of a build on {@code today}, in the clinic's time zone (which refuses a negative age). */
    public FactsPolicy on(LocalDate today) {
        return new FactsPolicy(maxAgeDays, strict, today);
    }
}
