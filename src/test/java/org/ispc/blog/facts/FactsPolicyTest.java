package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Named.named;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FactsPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    record Case(Map<String, String> properties, FactsPolicy expected) {}

    private static Named<Case> row(String name, Map<String, String> properties, FactsPolicy expected) {
        return named(name, new Case(properties, expected));
    }

    static Stream<Named<Case>> valid() {
        return Stream.of(
                row("nothing set", Map.of(), new FactsPolicy(180, false, TODAY)),
                row("days", Map.of("facts.maxAgeDays", "90"), new FactsPolicy(90, false, TODAY)),
                row("days with spaces", Map.of("facts.maxAgeDays", " 30 "), new FactsPolicy(30, false, TODAY)),
                row("zero days", Map.of("facts.maxAgeDays", "0"), new FactsPolicy(0, false, TODAY)),
                row("strict", Map.of("facts.strict", "true"), new FactsPolicy(180, true, TODAY)),
                row("strict in capitals", Map.of("facts.strict", "TRUE"), new FactsPolicy(180, true, TODAY)),
                row("not strict", Map.of("facts.strict", "false"), new FactsPolicy(180, false, TODAY)),
                row(
                        "empty values",
                        Map.of("facts.maxAgeDays", "", "facts.strict", ""),
                        new FactsPolicy(180, false, TODAY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void readsTheProperties(Case row) {
        assertEquals(row.expected(), FactsPolicy.from(row.properties()::get, TODAY));
    }

    record Bad(Map<String, String> properties, String message) {}

    private static Named<Bad> bad(String name, Map<String, String> properties, String message) {
        return named(name, new Bad(properties, message));
    }

    static Stream<Named<Bad>> invalid() {
        return Stream.of(
                bad(
                        "days in words",
                        Map.of("facts.maxAgeDays", "six months"),
                        "-Dfacts.maxAgeDays=six months is not a number of days; write a whole number, such as"
                                + " -Dfacts.maxAgeDays=180"),
                bad(
                        "negative days",
                        Map.of("facts.maxAgeDays", "-5"),
                        "-Dfacts.maxAgeDays=-5 is not a number of days; write a whole number, such as"
                                + " -Dfacts.maxAgeDays=180"),
                bad(
                        "a typo in strict",
                        Map.of("facts.strict", "ture"),
                        "-Dfacts.strict=ture is neither true nor false; write -Dfacts.strict=true or leave it out"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void explainsABadValue(Bad row) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FactsPolicy.from(row.properties()::get, TODAY));
        assertEquals(row.message(), e.getMessage());
    }
}
