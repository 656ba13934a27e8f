package org.ispc.blog.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found by a check, worded for the writer who has to fix it.
 *
 * @param at where it is
 * @param severity error (stops the build) or warning
 * @param rule the rule's id, documented in the writer's guide (for example {@code facts/retired-phone})
 * @param text what is wrong and what to write instead, as the check wrote it: a value it quotes from the writer's
 *     file may hold a line break or a control character, which only {@link #message()} writes out
 */
public record Finding(Position at, Severity severity, RuleId rule, String text) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::at)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::text);

    public Finding {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
    }

    /** What is wrong and what to write instead, on one line of the terminal (see {@link #oneLine}). */
    public String message() {
        return oneLine(text);
    }

    /**
     * A text as one line of the terminal, whatever it quotes of the writer's file: a line break would start a line
     * without a file and line number, and a control character (an escape) could rewrite what the terminal shows. Each
     * is written out instead, as {@code \n} or {@code \u001B}.
     */
    public static String oneLine(String message) {
        if (message.codePoints().noneMatch(Finding::unprintable)) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 8);
        message.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (unprintable(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean unprintable(int c) {
        return (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029';
    }

    public static Finding error(Position at, RuleId rule, String message) {
        return new Finding(at, Severity.ERROR, rule, message);
    }

    public static Finding warning(Position at, RuleId rule, String message) {
        return new Finding(at, Severity.WARNING, rule, message);
    }

    /** A finding of the rule written {@code family/name}, as the rule's constant or literal reads. */
    public static Finding error(Position at, String rule, String message) {
        return error(at, RuleId.of(rule), message);
    }

    /** A finding of the rule written {@code family/name}, as the rule's constant or literal reads. */
    public static Finding warning(Position at, String rule, String message) {
        return warning(at, RuleId.of(rule), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The line printed for the writer: {@code path:line:col: error: message [rule]}. */
    public String format() {
        return at + ": " + severity.label() + ": " + message() + " [" + rule + "]";
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
