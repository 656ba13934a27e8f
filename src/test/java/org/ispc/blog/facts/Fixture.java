package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.diag.Finding;

/** The fixture clinic of src/test/resources/facts/clinic.yml, and a way to read the other fixtures. */
final class Fixture {

    static final Phones PHONES = Phones.standard();
    /** The day the fixture's facts were confirmed. */
    static final LocalDate VERIFIED = LocalDate.of(2026, 6, 1);

    private Fixture() {}

    static String resource(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream("/facts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture src/test/resources/facts/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClinicFacts clinic() {
        ClinicFactsLoader.Loaded loaded = ClinicFactsLoader.parse(resource("clinic.yml"), PHONES);
        assertEquals(List.of(), loaded.findings(), "the fixture clinic.yml must load cleanly");
        return loaded.facts().orElseThrow();
    }

    static FactsCheck check() {
        return new FactsCheck(clinic(), PHONES, new FactsPolicy(180, false, VERIFIED.plusDays(10)));
    }

    /** A finding in short: {@code line:col severity rule}, enough to tell findings apart in a table. */
    static String brief(Finding f) {
        return f.at().line() + ":" + f.at().column() + " " + f.severity().label() + " " + f.rule();
    }

    /** The clinic facts findings of a bake, as the writer reads them. */
    static List<String> factsFindings(org.ispc.blog.pipeline.SiteBuild.Outcome outcome) {
        return outcome.findings().stream()
                .filter(f -> f.rule().family().equals("facts"))
                .map(Finding::format)
                .toList();
    }

    static List<String> briefs(List<Finding> findings) {
        return findings.stream().map(Fixture::brief).toList();
    }
}
