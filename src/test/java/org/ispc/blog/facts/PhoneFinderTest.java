package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evidence for the leniency: at VALID every notation is found and no look-alike is. Each row also
 * records what the neighbouring levels do, which is why neither fits: POSSIBLE takes some look-alikes,
 * EXACT_GROUPING misses some notations.
 */
class PhoneFinderTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private final PhoneFinder finder = new PhoneFinder(UTIL);

    /** The retired number typed one way; {@code exactGroupingFindsIt} records that level's answer. */
    record Notation(String text, int start, String raw, boolean exactGroupingFindsIt) {}

    private static Named<Notation> notation(String name, String text, int start, String raw, boolean exact) {
        return named(name, new Notation(text, start, raw, exact));
    }

    static Stream<Named<Notation>> notations() {
        return Stream.of(
                notation("parentheses", "Call (202) 555-0100 today.", 5, "(202) 555-0100", true),
                notation("hyphens", "Call 202-555-0100 today.", 5, "202-555-0100", true),
                notation("dots", "Call 202.555.0100 today.", 5, "202.555.0100", true),
                notation("spaces", "Call 202 555 0100 today.", 5, "202 555 0100", true),
                notation("plus one, spaces", "Call +1 202 555 0100 today.", 5, "+1 202 555 0100", true),
                notation("one, hyphens", "Call 1-202-555-0100 today.", 5, "1-202-555-0100", true),
                notation("ten digits", "Call 2025550100 today.", 5, "2025550100", true),
                notation("tel: URI", "Call tel:+12025550100 today.", 9, "+12025550100", true),
                notation("en dashes from a word processor", "Call 202–555–0100.", 5, "202–555–0100", true),
                notation("no-break spaces", "Call 202\u00a0555\u00a00100.", 5, "202\u00a0555\u00a00100", true),
                notation("no space after the area code", "Call (202)555-0100.", 5, "(202)555-0100", true),
                notation("with an extension", "Call 202-555-0100 ext. 12.", 5, "202-555-0100 ext. 12", true),
                notation("in a table cell", "| Main line | 202.555.0100 |", 14, "202.555.0100", true),
                notation("in a summary", ":jbake-summary: call 202-555-0100", 21, "202-555-0100", true),
                notation("odd grouping", "Call 202-5550-100.", 5, "202-5550-100", false),
                notation("area code run into the exchange", "Call 202555-0100.", 5, "202555-0100", false),
                notation("exchange run into the line", "Call (202) 5550100.", 5, "(202) 5550100", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notations")
    void findsEveryNotation(Notation row) {
        List<PhoneFinder.Found> found = finder.numbers(row.text());

        assertEquals(1, found.size(), "numbers found in: " + row.text());
        assertEquals(row.start(), found.get(0).start());
        assertEquals(row.raw(), found.get(0).raw());
        assertEquals(2025550100L, found.get(0).number().getNationalNumber());
        // 555-01xx numbers are fiction; if a newer libphonenumber calls them invalid, every fixture breaks.
        assertTrue(UTIL.isValidNumber(found.get(0).number()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notations")
    void exactGroupingWouldMissSomeNotations(Notation row) {
        assertEquals(row.exactGroupingFindsIt(), finds(row.text(), Leniency.EXACT_GROUPING));
    }

    /** Text that looks like a number and is none; {@code possibleFindsIt} records POSSIBLE's answer. */
    record LookAlike(String text, boolean possibleFindsIt) {}

    private static Named<LookAlike> lookAlike(String name, String text, boolean possible) {
        return named(name, new LookAlike(text, possible));
    }

    static Stream<Named<LookAlike>> lookAlikes() {
        return Stream.of(
                lookAlike("ZIP code", "Arlington, VA 22201", false),
                lookAlike("ZIP+4", "Washington, DC 20036-1234", false),
                lookAlike("ISO date", "Updated 2024-03-01.", false),
                lookAlike("US date", "Seen on 03/01/2024.", false),
                lookAlike("short date", "Seen on 3/1/24.", false),
                lookAlike("time", "Open at 10:30, closed 12:30-13:30.", false),
                lookAlike("CPT codes", "Billed as CPT 64483 and 62321.", false),
                lookAlike("CPT list", "CPT 64490, 64491, 64492, 64493, 64494, 64495", false),
                lookAlike("CPT range", "codes 64490-64495", true),
                lookAlike("ICD-10 codes", "Coded M54.16 or M51.26, sometimes M47.816.", false),
                lookAlike("vertebra levels", "Pain at L4-L5, C5-C6, L5-S1 and T12-L1.", false),
                lookAlike("short vertebra range", "Fusion of L4-5 and T10-T12.", false),
                lookAlike("dose range", "Take 10-20 mg, or 0.5-1.0 mg/kg.", false),
                lookAlike("page range", "Spine. 2020;45(12):123-145, pp. 123-145.", false),
                lookAlike("big page range", "pages 1200-1450", false),
                lookAlike("DOI", "doi:10.1016/j.spinee.2020.01.001", false),
                lookAlike("DOI URL", "https://doi.org/10.1097/BRS.0000000000003456", false),
                lookAlike("PubMed id with colon", "PMID: 31234567", false),
                lookAlike("seven-digit PubMed id", "PMID 1234567", true),
                lookAlike("PubMed URL", "https://pubmed.ncbi.nlm.nih.gov/31234567/", false),
                lookAlike("NPI number", "NPI 1234567893", true),
                lookAlike("ISBN-10", "ISBN 0-306-40615-2", true),
                lookAlike("emergency number", "In an emergency, call 911.", false),
                lookAlike("crisis line", "Call or text 988.", false),
                lookAlike("short number", "Dial 311 or 211.", false),
                lookAlike("seven-digit local number", "Call 555-0100.", true),
                lookAlike("years", "From 2019-2021 and 2022-2024.", false),
                lookAlike("year in brackets", "(2019)", false),
                lookAlike("timestamp", "2026-11-24T10:30:00Z", false),
                lookAlike("money", "$1,200 or 1,200,000 visits", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookAlikes")
    void findsNoLookAlike(LookAlike row) {
        assertEquals(List.of(), finder.numbers(row.text()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookAlikes")
    void possibleWouldTakeSomeLookAlikes(LookAlike row) {
        assertEquals(row.possibleFindsIt(), finds(row.text(), Leniency.POSSIBLE));
    }

    private static boolean finds(String text, Leniency leniency) {
        return UTIL.findNumbers(text, Phones.REGION, leniency, Long.MAX_VALUE)
                .iterator()
                .hasNext();
    }

    /**
     * The pre-filter may skip a text with fewer digits than {@link PhoneFinder#FEWEST_DIGITS} only because no
     * valid number is that short: a valid number has one of its region's possible lengths, so every country
     * calling code with every shorter national number must be impossible.
     */
    @org.junit.jupiter.api.Test
    void noValidNumberHasFewerDigitsThanThePreFilterNeeds() {
        int checked = 0;
        for (int callingCode : UTIL.getSupportedCallingCodes()) {
            int codeDigits = String.valueOf(callingCode).length();
            for (int national = 1; codeDigits + national < PhoneFinder.FEWEST_DIGITS; national++) {
                var number = new com.google.i18n.phonenumbers.Phonenumber.PhoneNumber()
                        .setCountryCode(callingCode)
                        .setNationalNumber((long) Math.pow(10, national - 1));
                assertTrue(
                        UTIL.isPossibleNumberWithReason(number) != PhoneNumberUtil.ValidationResult.IS_POSSIBLE,
                        "+" + callingCode + " with " + national + " national digit(s) is a possible number");
                checked++;
            }
        }
        assertTrue(checked > 200, "calling codes checked: " + checked);
    }

    /**
     * Without a plus, a number is read as a US one or must start with the exit code 011: no US number shorter
     * than {@link PhoneFinder#FEWEST_DIGITS_WITHOUT_PLUS} digits is possible, and 011 adds three digits to the
     * shortest number written with a plus.
     */
    @org.junit.jupiter.api.Test
    void noValidNumberWithoutAPlusHasFewerDigitsThanThePreFilterNeeds() {
        assertEquals("US", Phones.REGION);
        int usCode = UTIL.getCountryCodeForRegion("US");
        for (int national = 1; national < PhoneFinder.FEWEST_DIGITS_WITHOUT_PLUS; national++) {
            var number = new com.google.i18n.phonenumbers.Phonenumber.PhoneNumber()
                    .setCountryCode(usCode)
                    .setNationalNumber((long) Math.pow(10, national - 1));
            assertTrue(
                    UTIL.isPossibleNumberWithReason(number) != PhoneNumberUtil.ValidationResult.IS_POSSIBLE,
                    national + " national digit(s) make a possible US number");
        }
        // 011 is the exit code a US reading knows: after it comes a country code, as after a plus
        assertEquals(43, parse("011 43 1 234 5678").getCountryCode());
        assertEquals(usCode, parse("00 43 1 234 5678").getCountryCode(), "00 is no exit code in the US");
        assertTrue(PhoneFinder.FEWEST_DIGITS_WITHOUT_PLUS <= "011".length() + PhoneFinder.FEWEST_DIGITS);
    }

    private static com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parse(String written) {
        try {
            return UTIL.parse(written, Phones.REGION);
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            throw new AssertionError(written, e);
        }
    }

    @org.junit.jupiter.api.Test
    void preFilterPassesEveryTextThatMayHoldANumberOrALink() {
        assertTrue(PhoneFinder.mayHoldNumber("Call 202-555-0100."));
        assertTrue(PhoneFinder.mayHoldNumber("+43 1234 56"));
        assertTrue(PhoneFinder.mayHoldNumber("011 43 1234 56"));
        assertEquals(false, PhoneFinder.mayHoldNumber("November 25, 2026"), "a date in a page");
        assertEquals(false, PhoneFinder.mayHoldNumber("Updated 2026-11-25."));
        assertTrue(PhoneFinder.mayHoldNumber("link:TEL:+1[us]"));
        assertTrue(
                PhoneFinder.mayHoldNumber("\uFF12\uFF10\uFF12\uFF15\uFF15\uFF15\uFF10\uFF11\uFF10\uFF10"),
                "full-width digits");
        assertEquals(false, PhoneFinder.mayHoldNumber("Stretch for 10 minutes, 3 times a day."));
        assertEquals(false, PhoneFinder.mayHoldNumber("No digits here at all."));
        assertEquals(
                false,
                PhoneFinder.mayHoldNumber(
                        "{\"name\":\"Article 500\",\"datePublished\":\"2021-05-15\",\"dateModified\":\"2021-05-15\"}"),
                "a page's JSON-LD: a word stands between each date and the next digits");
        assertEquals(false, PhoneFinder.mayHoldNumber("Seen 2021-05-15 and 2022-06-16."), "two dates a word apart");
        assertTrue(PhoneFinder.mayHoldNumber("2021-05-15 2022"), "digits a space apart may be one number");
        assertTrue(PhoneFinder.mayHoldNumber("202 -- 555 -- 0100"), "four characters between digits");
        assertEquals(false, PhoneFinder.mayHoldNumber("202 ---- 555 ---- 0100"), "five are too many");
    }

    /**
     * The pre-filter never stands between libphonenumber and a number it finds: every notation, and the same
     * text with its punctuation swapped for other punctuation libphonenumber accepts between digits.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("notations")
    void preFilterPassesEveryTextInWhichLibphonenumberFindsANumber(Notation row) {
        List<String> variants = List.of(
                row.text(),
                row.text().replace("-", "x"),
                row.text().replace("-", " / ").replace(".", " ~ "),
                row.text().replace(" ", "\u3000").replace("-", "\u30FC"));
        for (String text : variants) {
            if (!finder.numbers(text).isEmpty()) {
                assertTrue(PhoneFinder.mayHoldNumber(text), "libphonenumber finds a number in: " + text);
            }
        }
        assertTrue(PhoneFinder.mayHoldNumber(row.text()));
    }

    /**
     * The same promise over texts nobody would write by hand: numbers cut into blocks anywhere, joined by up to
     * five characters drawn from libphonenumber's punctuation and from characters that are not (letters, commas,
     * colons), inside words. Whenever libphonenumber finds a number, the pre-filter let the text through.
     */
    @org.junit.jupiter.api.Test
    void preFilterNeverHidesANumberFromLibphonenumberInRandomNotations() {
        java.util.Random random = new java.util.Random(42);
        String joiners = "-.() /x X~[]\u00a0\u2013\u2014\u30fc\uff0d,:;a";
        int found = 0;
        for (int n = 0; n < 3000; n++) {
            String digits =
                    (random.nextBoolean() ? "1" : "") + "202555" + String.format("%04d", random.nextInt(10_000));
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "Call us on " : "");
            if (random.nextInt(4) == 0) {
                text.append(random.nextBoolean() ? "+" : "(");
            }
            for (int d = 0; d < digits.length(); d++) {
                text.append(digits.charAt(d));
                if (d < digits.length() - 1 && random.nextInt(3) == 0) {
                    int length = random.nextInt(6);
                    for (int j = 0; j < length; j++) {
                        text.append(joiners.charAt(random.nextInt(joiners.length())));
                    }
                }
            }
            text.append(random.nextBoolean() ? " today." : "");
            String written = text.toString();
            if (!finder.numbers(written).isEmpty()) {
                found++;
                assertTrue(PhoneFinder.mayHoldNumber(written), "libphonenumber finds a number in: " + written);
            }
        }
        assertTrue(found > 200, "enough of the texts hold a number libphonenumber finds: " + found);
    }
}
