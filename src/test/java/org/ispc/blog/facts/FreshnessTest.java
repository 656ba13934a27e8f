package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Named.named;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.diag.Position;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** verified: in data/clinic.yml against the policy; the fixture's facts were confirmed on 2026-06-01. */
class FreshnessTest {

    private static final Position VERIFIED_AT = Position.at("data/clinic.yml", 4, 11);

    record Case(LocalDate today, int maxAgeDays, boolean strict, List<String> expected) {}

    private static Named<Case> row(String name, LocalDate today, int maxAgeDays, boolean strict, String... expected) {
        return named(name, new Case(today, maxAgeDays, strict, List.of(expected)));
    }

    static Stream<Named<Case>> cases() {
        LocalDate verified = Fixture.VERIFIED;
        return Stream.of(
                row("same day", verified, 180, false),
                row("on the last allowed day", verified.plusDays(180), 180, false),
                row("one day too old", verified.plusDays(181), 180, false, "4:11 warning facts/stale-verification"),
                row(
                        "one day too old, strict",
                        verified.plusDays(181),
                        180,
                        true,
                        "4:11 error facts/stale-verification"),
                row("shorter policy", verified.plusDays(31), 30, false, "4:11 warning facts/stale-verification"),
                row(
                        "zero days allows today only",
                        verified.plusDays(1),
                        0,
                        false,
                        "4:11 warning facts/stale-verification"),
                row(
                        "a date still to come",
                        verified.minusDays(1),
                        180,
                        false,
                        "4:11 warning facts/stale-verification"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void warnsWhenTheFactsWereNotConfirmedRecently(Case row) {
        FactsCheck check = new FactsCheck(
                Fixture.clinic(), Fixture.PHONES, new FactsPolicy(row.maxAgeDays(), row.strict(), row.today()));

        assertEquals(row.expected(), Fixture.briefs(check.checkFreshness(VERIFIED_AT)));
    }

    @Test
    void saysHowToFixIt() {
        FactsCheck check =
                new FactsCheck(Fixture.clinic(), Fixture.PHONES, new FactsPolicy(180, false, LocalDate.of(2027, 1, 5)));

        assertEquals(
                "data/clinic.yml:4:11: warning: the clinic's facts were last confirmed on 2026-06-01, 218 days ago,"
                        + " and may be 180 days old at most; confirm every fact in data/clinic.yml with the clinic"
                        + " (name, phone numbers, offices), then set verified: to today's date, 2027-01-05"
                        + " [facts/stale-verification]",
                check.checkFreshness(VERIFIED_AT).get(0).format());
    }

    @Test
    void theLoaderSaysWhereVerifiedIsWritten() {
        assertEquals(
                Position.at("data/clinic.yml", 4, 11),
                ClinicFactsLoader.parse(Fixture.resource("clinic.yml"), Fixture.PHONES)
                        .verifiedAt());
    }
}
