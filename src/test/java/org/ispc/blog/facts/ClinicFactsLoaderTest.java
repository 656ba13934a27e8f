package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.clinic.Office;
import org.ispc.blog.clinic.OtherPhone;
import org.ispc.blog.diag.Finding;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One mistake per row in the fixture clinic.yml, and the exact line a writer gets for it. */
class ClinicFactsLoaderTest {

    private static final String GOOD = Fixture.resource("clinic.yml");

    /** The fixture with {@code from} replaced by {@code to}, and every finding that gives. */
    record Case(String from, String to, List<String> expected) {}

    private static Named<Case> row(String name, String from, String to, String... expected) {
        return named(name, new Case(from, to, List.of(expected)));
    }

    static Stream<Named<Case>> mistakes() {
        return Stream.of(
                row(
                        "malformed: quote not closed",
                        "phone: \"202-555-0110\"",
                        "phone: \"202-555-0110",
                        "data/clinic.yml:3:8: error: this quote (\") is not closed on its line; add the closing quote"
                                + " at the end of the value [facts/yaml-syntax]"),
                row(
                        "malformed: line indented out of step",
                        "    name: Arlington\n",
                        "   name: Arlington\n",
                        "data/clinic.yml:7:4: error: this line is not indented like the lines around it; line up the"
                                + " keys of one entry under each other (the YAML reader says: expected <block end>, but"
                                + " found '<block mapping start>') [facts/yaml-syntax]"),
                row(
                        "malformed: tab",
                        "    name: Arlington\n",
                        "\tname: Arlington\n",
                        "data/clinic.yml:7:1: error: this line is indented with a tab; indent with spaces only (the"
                                + " YAML reader says: found character '\\t(TAB)' that cannot start any token. (Do not"
                                + " use \\t(TAB) for indentation)) [facts/yaml-syntax]"),
                row(
                        "malformed: colon in a value",
                        "name: Fixture Spine Clinic",
                        "name: Fixture: Spine Clinic",
                        "data/clinic.yml:2:14: error: a value holds ': '; put the whole value in quotes, such as name:"
                                + " \"Spine: Back & Neck\" (the YAML reader says: mapping values are not allowed here)"
                                + " [facts/yaml-syntax]"),
                row(
                        "missing key at the top",
                        "phone: \"202-555-0110\"\n",
                        "",
                        "data/clinic.yml:2:1: error: 'phone:' is missing at the top of the file; add a line 'phone:'"
                                + " with a phone number in quotes, such as \"202-851-7034\" [facts/missing-key]"),
                row(
                        "missing key in an office",
                        "    city: Washington\n",
                        "",
                        "data/clinic.yml:15:5: error: 'city:' is missing from the entry that starts here; add a line"
                                + " 'city:' with the city [facts/missing-key]"),
                row(
                        "misspelled key, with a suggestion and nothing else",
                        "phone: \"202",
                        "phnoe: \"202",
                        "data/clinic.yml:3:1: error: unknown key 'phnoe' at the top of the file; did you mean"
                                + " 'phone'? [facts/unknown-key]"),
                row(
                        "misspelled key in an office",
                        "    city: Washington\n",
                        "    ctiy: Washington\n",
                        "data/clinic.yml:17:5: error: unknown key 'ctiy' in an office; did you mean 'city'?"
                                + " [facts/unknown-key]"),
                row(
                        "misspelled key whose value is wrong too",
                        "verified: 2026-06-01",
                        "verifed: 2026-06-31",
                        "data/clinic.yml:4:1: error: unknown key 'verifed' at the top of the file; did you mean"
                                + " 'verified'? [facts/unknown-key]",
                        "data/clinic.yml:4:10: error: '2026-06-31' is not a date; write year-month-day, such as"
                                + " 2026-11-24 [facts/bad-date]"),
                row(
                        "phone that does not parse",
                        "phone: \"202-555-0110\"",
                        "phone: \"202-555-01\"",
                        "data/clinic.yml:3:8: error: '202-555-01' is not a complete US phone number; write all ten"
                                + " digits, such as \"202-851-7034\" [facts/bad-phone]"),
                row(
                        "office phone in words",
                        "    phone: \"703-555-0111\"",
                        "    phone: \"call us\"",
                        "data/clinic.yml:13:12: error: 'call us' has letters in it; write the number in digits only,"
                                + " such as \"202-851-7034\" [facts/bad-phone]"),
                row(
                        "phone in keypad letters, which libphonenumber would read as digits",
                        "phone: \"202-555-0110\"",
                        "phone: \"202-555-CALL\"",
                        "data/clinic.yml:3:8: error: '202-555-CALL' has letters in it; write the number in digits"
                                + " only, such as \"202-851-7034\" [facts/bad-phone]"),
                row(
                        "duplicate office id",
                        "  - id: washington-dc",
                        "  - id: arlington",
                        "data/clinic.yml:15:9: error: office id 'arlington' is used twice; give each office its own id"
                                + " [facts/duplicate-office]"),
                row(
                        "unknown key at the top",
                        "verified: 2026-06-01",
                        "verified: 2026-06-01\nwebsite: https://x.org",
                        "data/clinic.yml:5:1: error: unknown key 'website' at the top of the file; the keys allowed"
                                + " here are name, offices, other-phones, phone, retired, verified [facts/unknown-key]"),
                row(
                        "unknown key in a retired phone",
                        "      until: 2024-03-01",
                        "      until: 2024-03-01\n      reason: moved",
                        "data/clinic.yml:23:7: error: unknown key 'reason' in a retired phone; the keys allowed here"
                                + " are number, until [facts/unknown-key]"),
                row(
                        "a retired number written alone, without 'number:'",
                        "    - number: \"202-555-0100\"\n      until: 2024-03-01",
                        "    - \"202-555-0100\"",
                        "data/clinic.yml:21:7: error: each entry of 'retired phones' is written as 'key: value' lines;"
                                + " write '- number: \"202-555-0100\"' and, on the next line under 'number', 'until: '"
                                + " and the day it stopped, such as 2024-03-01 [facts/yaml-shape]"),
                row(
                        "date that is not a date",
                        "verified: 2026-06-01",
                        "verified: last spring",
                        "data/clinic.yml:4:11: error: 'last spring' is not a date; write year-month-day, such as"
                                + " 2026-11-24 [facts/bad-date]"),
                // found by ClinicFactsFuzzTest: the YAML reader's limits came without a line, its type tags and
                // keys of the wrong kind in Java's words
                row(
                        "lists nested deeper than the YAML reader goes",
                        "verified: 2026-06-01",
                        "verified: " + "[".repeat(60) + "x" + "]".repeat(60),
                        "data/clinic.yml:4:60: error: lists or groups are nested more than 50 levels deep here; write"
                                + " the entries one under the other instead [facts/yaml-syntax]"),
                row(
                        "a YAML type tag naming a Java class",
                        "verified: 2026-06-01",
                        "verified: !!java.io.File /etc/passwd",
                        "data/clinic.yml:4:11: error: a '!' before a value marks a YAML type, which this file does not"
                                + " use; remove it, and put the value in quotes if it starts with '!'"
                                + " [facts/yaml-syntax]"),
                row(
                        "a key written as a list",
                        "verified: 2026-06-01",
                        "verified: 2026-06-01\n? [a, b]\n: c",
                        "data/clinic.yml:5:3: error: a key is written as a list or a group ('[a, b]:', '{a: b}:' or"
                                + " '? '); write one of the names at the top of the file instead: name, offices,"
                                + " other-phones, phone, retired, verified [facts/yaml-shape]"),
                row(
                        "empty file",
                        GOOD,
                        "",
                        "data/clinic.yml:1:1: error: the file must be a list of 'key: value' lines starting with"
                                + " 'name:', 'phone:' and 'offices:' [facts/yaml-shape]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsEachMistakeAtItsLineAndColumn(Case row) {
        assertTrue(GOOD.contains(row.from()), "the fixture must contain: " + row.from());

        ClinicFactsLoader.Loaded loaded = ClinicFactsLoader.parse(GOOD.replace(row.from(), row.to()), Fixture.PHONES);

        assertEquals(
                row.expected(), loaded.findings().stream().map(Finding::format).toList());
        assertTrue(loaded.facts().isEmpty(), "no facts from a file with errors");
    }

    @Test
    void readsTheFixture() {
        ClinicFacts facts = Fixture.clinic();

        assertEquals("+12025550110", facts.phone().e164());
        assertEquals(
                List.of("arlington", "washington-dc"),
                facts.offices().stream().map(Office::id).toList());
        assertEquals("2024-03-01", facts.retiredPhones().get(0).until().toString());
        assertEquals(
                List.of("988", "18005550199"),
                facts.otherPhones().stream().map(OtherPhone::digits).toList());
    }

    @Test
    void reportsAMissingFile(@TempDir Path root) {
        assertEquals(
                List.of("data/clinic.yml: error: data/clinic.yml is missing; it holds the practice name, main phone"
                        + " and offices (see the writer's guide, 'The clinic facts file') [facts/missing-file]"),
                ClinicFactsLoader.load(root, Fixture.PHONES).findings().stream()
                        .map(Finding::format)
                        .toList());
    }

    @Test
    void readsTheFileUnderTheProjectRoot(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/clinic.yml"), GOOD);

        assertEquals(
                Fixture.clinic(),
                ClinicFactsLoader.load(root, Fixture.PHONES).facts().orElseThrow());
    }
}
