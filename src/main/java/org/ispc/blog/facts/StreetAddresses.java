package org.ispc.blog.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.clinic.Office;
import org.ispc.blog.clinic.RetiredOffice;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.facts.PhoneRules.Mode;

/**
 * Street addresses typed in a text: "100 Example Street, Suite 200, Arlington, VA 22201". The clinic's addresses
 * reach pages from data/clinic.yml ({@code {office-arlington-address}}), so one typed by hand stays behind when an
 * office moves, and an address that is none of the clinic's reads as the clinic's own.
 *
 * <p>Only a whole address is read: a number, a street's name and kind ("Street", "Blvd"...), and, in the same
 * sentence, a state and a ZIP code. Title Case phrases such as "a 10 Minute Drive" are not addresses.
 */
final class StreetAddresses {

    static final String TYPED = "facts/typed-address";
    static final String UNKNOWN = "facts/unknown-address";

    /** The kinds of street, each as written in full or shortened, by the short name they are compared by. */
    private static final Map<String, String> KINDS = kinds(
            "street st",
            "avenue ave",
            "boulevard blvd",
            "road rd",
            "drive dr",
            "lane ln",
            "way",
            "pike",
            "place pl",
            "court ct",
            "parkway pkwy",
            "highway hwy",
            "circle cir",
            "terrace ter",
            "square sq");

    private static final String KIND = "(?i:" + String.join("|", KINDS.keySet()) + ")";
    /** "100 Example Street", "1600 K Street NW", "2000 N. 14th St.": the number, up to four names, the kind. */
    private static final Pattern STREET = Pattern.compile("\\b\\d{1,6}(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.\\-]*|\\d{1,3}"
            + "(?:st|nd|rd|th))){1,4}[ \\t]+" + KIND + "\\b\\.?(?:[ \\t]+(?:NW|NE|SW|SE)\\b)?");
    /** What makes it an address: a state (code or name) and a ZIP code later in the sentence. */
    private static final Pattern STATE_AND_ZIP = Pattern.compile(
            "^(?:(?![.!?]\\s+\\p{Lu})[^\\n]){0,80}?\\b(?:\\p{Lu}{2}|\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)\\.?,?[ \\t]+\\d{5}(?:-\\d{4})?\\b");

    private final ClinicFacts facts;

    StreetAddresses(ClinicFacts facts) {
        this.facts = facts;
    }

    /** Every whole address in a line or a run of text: typed by hand, or none of the clinic's. */
    List<Hit> scan(String text, Mode mode) {
        if (!containsDigitRun(text)) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        Matcher street = STREET.matcher(text);
        while (street.find()) {
            // the street's own full stop ("St.") may also end its sentence ("... Oak Lane. Then ..."): read it again
            int after = street.group().endsWith(".") ? street.end() - 1 : street.end();
            Matcher rest = STATE_AND_ZIP.matcher(text.substring(after));
            if (!rest.find()) {
                continue;
            }
            String typed = text.substring(street.start(), after + rest.end());
            Optional<Office> office = officeAt(street.group());
            if (office.isPresent()) {
                if (!mode.isOutput()) {
                    // pages show the addresses data/clinic.yml gives them; a source that types one is the slip
                    hits.add(new Hit(
                            street.start(),
                            typed,
                            Severity.WARNING,
                            TYPED,
                            "'" + typed + "' is the address of the "
                                    + office.get().name()
                                    + " office, typed by hand; write {office-"
                                    + office.get().id()
                                    + "-address} so that it changes when data/clinic.yml does"));
                }
            } else if (closedOfficeIn(typed).isPresent()) {
                RetiredOffice closed = closedOfficeIn(typed).get();
                hits.add(new Hit(
                        street.start(),
                        typed,
                        Severity.ERROR,
                        OfficeMentions.RETIRED_OFFICE,
                        "'" + typed + "' is in " + closed.city() + ", " + closed.state() + ", where the clinic's "
                                + closed.name() + " office closed on " + closed.closed()
                                + "; readers would go there: name a current office's address instead, from"
                                + " data/clinic.yml"));
            } else {
                hits.add(new Hit(
                        street.start(),
                        typed,
                        Severity.ERROR,
                        UNKNOWN,
                        "'" + typed + "' is not an address of the clinic in data/clinic.yml, and readers would take"
                                + " it for one; if an office is there, add its street, suite and zip to that office"
                                + " in data/clinic.yml and write {office-ID-address}; if it is another place's, name"
                                + " the place instead of its address"));
            }
        }
        return hits;
    }

    /** The current office whose street this is, compared without case, dots or the kind's spelling. */
    private Optional<Office> officeAt(String street) {
        String typed = normalized(street);
        return facts.offices().stream()
                .filter(o -> o.street()
                        .map(StreetAddresses::normalized)
                        .filter(typed::equals)
                        .isPresent())
                .findFirst();
    }

    /**
     * The closed office in whose city an address lies ("..., Silver Spring, MD 20910"), unless a current office is in
     * a city of that name too.
     */
    private Optional<RetiredOffice> closedOfficeIn(String typed) {
        return facts.retiredOffices().stream()
                .filter(r -> !r.city().isBlank())
                .filter(r -> facts.offices().stream().noneMatch(o -> o.city().equalsIgnoreCase(r.city())))
                .filter(r -> Pattern.compile("\\b" + Pattern.quote(r.city()) + ",?\\s+(?:" + Pattern.quote(r.state())
                                + "|\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)\\b")
                        .matcher(typed)
                        .find())
                .findFirst();
    }

    /** "street st": both spellings, each giving the last. */
    private static Map<String, String> kinds(String... spellings) {
        Map<String, String> kinds = new java.util.HashMap<>();
        for (String spelling : spellings) {
            String[] words = spelling.split(" ");
            for (String word : words) {
                kinds.put(word, words[words.length - 1]);
            }
        }
        return Map.copyOf(kinds);
    }

    static String normalized(String street) {
        StringBuilder out = new StringBuilder();
        for (String word : street.toLowerCase(Locale.ROOT).replace(".", "").split("[\\s,]+")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(KINDS.getOrDefault(word, word));
            }
        }
        return out.toString();
    }

    /** An address holds a number of at least five digits (its ZIP code): most texts hold none. */
    private static boolean containsDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 5) {
                return true;
            }
        }
        return false;
    }
}
