package org.ispc.blog.facts;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

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

    public static final int DEFAULT_MAX_AGE_DAYS = 180;
    public static final String MAX_AGE_PROPERTY = "facts.maxAgeDays";
    public static final String STRICT_PROPERTY = "facts.strict";

    public FactsPolicy {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("maxAgeDays must be 0 or more, not " + maxAgeDays);
        }
        Objects.requireNonNull(today, "today");
    }

    /**
     * Reads {@code -Dfacts.maxAgeDays=N} and {@code -Dfacts.strict=true|false}; either may be left out.
     *
     * @throws IllegalArgumentException with a message for the person who typed the command, when a value is
     *     not a whole number of days or not true/false
     */
    public static FactsPolicy fromSystemProperties(LocalDate today) {
        return from(System::getProperty, today);
    }

    /** The same, from any source of properties: tests pass a map instead of changing the JVM's properties. */
    static FactsPolicy from(UnaryOperator<String> property, LocalDate today) {
        String age = trimmed(property.apply(MAX_AGE_PROPERTY));
        String strict = trimmed(property.apply(STRICT_PROPERTY));
        int days = DEFAULT_MAX_AGE_DAYS;
        if (!age.isEmpty()) {
            try {
                days = Integer.parseInt(age);
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 0) {
                throw new IllegalArgumentException("-D" + MAX_AGE_PROPERTY + "=" + age
                        + " is not a number of days; write a whole number, such as -D" + MAX_AGE_PROPERTY + "="
                        + DEFAULT_MAX_AGE_DAYS);
            }
        }
        // Boolean.parseBoolean would read a typo such as "ture" as false and quietly switch strict mode off.
        if (!strict.isEmpty() && !strict.equalsIgnoreCase("true") && !strict.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("-D" + STRICT_PROPERTY + "=" + strict
                    + " is neither true nor false; write -D" + STRICT_PROPERTY + "=true or leave it out");
        }
        return new FactsPolicy(days, strict.toLowerCase(Locale.ROOT).equals("true"), today);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
