package org.ispc.blog.facts;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers in a line or a paragraph with libphonenumber's {@code findNumbers}, and the tel: links
 * around them. The numbers themselves are never matched by a pattern of ours: only the link syntax is.
 */
final class PhoneFinder {

    /**
     * The loosest leniency that keeps look-alikes out. {@code POSSIBLE} also takes seven-digit runs (PubMed ids
     * such as "PMID 1234567", a bare "555-0100") and ten-digit ids that no US number can have (NPI 1234567890,
     * ISBN 0-306-40615-2, the CPT range 64490-64495). {@code VALID} keeps only numbers the US numbering plan
     * can assign; every notation of a real number passes it, the 555-01xx fixture numbers included. The
     * grouping levels find nothing more and miss odd groupings a writer may still type (202-5550-100).
     * PhoneFinderTest holds the evidence, one row per notation and per look-alike.
     */
    static final Leniency LENIENCY = Leniency.VALID;

    /**
     * No cap on failed candidates: the text is one line or one paragraph, so the work stays small, and giving
     * up early would let a stale number through unreported.
     */
    private static final long MAX_TRIES = Long.MAX_VALUE;

    /**
     * The link syntax only, never the number: AsciiDoc {@code link:tel:+1...[text]} (and the bare
     * {@code tel:+1...[text]} a writer may try), and HTML {@code href="tel:...">text</a>} on one line.
     * libphonenumber reads "+12025550100[202-555-0110]" as one over-long candidate and finds neither number,
     * so the target and the text are handed to it separately.
     */
    private static final Pattern ASCIIDOC_TEL =
            Pattern.compile("(?:link:)?tel:(?<target>[^\\s\\[\\]]+)\\[(?<text>[^]]*)]");

    private static final Pattern HTML_TEL = Pattern.compile(
            "href\\s*=\\s*([\"'])tel:(?<target>[^\"']*)\\1[^>]*>(?<text>.*?)</a\\s*>", Pattern.CASE_INSENSITIVE);

    /** A number as it stands in the text: {@code start} is the index of its first character. */
    record Found(int start, String raw, Phonenumber.PhoneNumber number) {}

    /** A tel: link: where its target and its text start in the scanned text, and the whole link's extent. */
    record TelLink(int start, int end, int targetStart, String target, int textStart, String text) {}

    private final PhoneNumberUtil util;

    PhoneFinder(PhoneNumberUtil util) {
        this.util = util;
    }

    /**
     * The fewest digits a number libphonenumber calls valid can have when written with a plus: +43 (Austria)
     * with a four-digit national number. PhoneFinderTest derives it from the metadata of every region.
     */
    static final int FEWEST_DIGITS = 6;

    /**
     * The fewest without a plus: the number is then read as a US one ({@link Phones#REGION}), which has ten
     * digits, or it starts with the US exit code 011 and holds a country code and number after it (3 + 6).
     */
    static final int FEWEST_DIGITS_WITHOUT_PLUS = 9;

    /**
     * The most characters libphonenumber lets stand between two digits of one number: its candidates are digit
     * blocks joined by up to four punctuation characters (spaces, dashes, dots, slashes, brackets, "x").
     */
    static final int MOST_CHARACTERS_BETWEEN_DIGITS = 4;

    /**
     * Whether {@code text} may hold a number or a tel: link at all. Most lines and paragraphs, the dates in
     * pages and the JSON-LD of every page hold too few digits close together: counting them is far cheaper
     * than libphonenumber's search, which every text that may hold a number still gets. Digits count
     * together while no more than {@link #MOST_CHARACTERS_BETWEEN_DIGITS} characters stand between them and
     * none of those is a letter, since libphonenumber never reads a number across a word ("x", its extension
     * mark, and the Japanese long-vowel dash, which it counts as punctuation, excepted).
     */
    static boolean mayHoldNumber(String text) {
        if (text.toLowerCase(java.util.Locale.ROOT).contains("tel:")) {
            return true;
        }
        boolean plus = text.indexOf('+') >= 0 || text.indexOf('\uFF0B') >= 0;
        int needed = plus ? FEWEST_DIGITS : FEWEST_DIGITS_WITHOUT_PLUS;
        int digits = 0;
        int between = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                if (++digits >= needed) {
                    return true;
                }
                between = 0;
            } else if (++between > MOST_CHARACTERS_BETWEEN_DIGITS || endsNumber(c)) {
                digits = 0;
                between = 0;
            }
        }
        return false;
    }

    private static boolean endsNumber(int c) {
        return Character.isLetter(c) && c != 'x' && c != 'X' && c != '\u30FC';
    }

    /** Every number in {@code text}, in order. */
    List<Found> numbers(CharSequence text) {
        List<Found> out = new ArrayList<>();
        for (PhoneNumberMatch m : util.findNumbers(text, Phones.REGION, LENIENCY, MAX_TRIES)) {
            out.add(new Found(m.start(), m.rawString(), m.number()));
        }
        return out;
    }

    /** Every tel: link in {@code text} with a target and a text, in order; HTML links win where both match. */
    List<TelLink> telLinks(String text) {
        List<TelLink> html = links(HTML_TEL, text);
        List<TelLink> out = new ArrayList<>(html);
        for (TelLink link : links(ASCIIDOC_TEL, text)) {
            if (html.stream().noneMatch(h -> link.start() < h.end() && h.start() < link.end())) {
                out.add(link);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static List<TelLink> links(Pattern pattern, String text) {
        List<TelLink> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new TelLink(
                    m.start(), m.end(), m.start("target"), m.group("target"), m.start("text"), m.group("text")));
        }
        return out;
    }

    /** Two numbers are the same when they dial the same line, whatever the notation or extension. */
    boolean sameLine(Phonenumber.PhoneNumber a, Phonenumber.PhoneNumber b) {
        return e164(a).equals(e164(b));
    }

    String e164(Phonenumber.PhoneNumber number) {
        return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }
}
