package org.ispc.blog.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.clinic.Office;
import org.ispc.blog.clinic.RetiredOffice;
import org.ispc.blog.diag.Severity;

/**
 * Finds sentences that place the clinic somewhere: "our Silver Spring office", "our Arlington, VA clinic",
 * "the office in Silver Spring, Maryland". Each place named must be a current office of data/clinic.yml, by
 * name, city or state.
 *
 * <p>Two phrases are read, both with the place written in capitals as place names are:
 *
 * <ul>
 *   <li>"our PLACES office|clinic|location|practice(s)": a claim that the clinic is there, so a place that is
 *       neither a current nor a retired office is reported too;
 *   <li>"office|clinic|location|practice(s) in|at PLACES": anyone's office may be meant ("a doctor's office in
 *       Bethesda"), so only retired offices are reported; but "our (new|main) office in PLACES" is the clinic's
 *       claim again, read as the first phrase.
 * </ul>
 *
 * PLACES is one or more capitalised names joined by commas, "or", "and" or "&amp;", so that "our Arlington,
 * Virginia, or Washington DC office" reads as three places, all current. In Title Case ("Visit Our Spine
 * Clinic") every word is capitalised and no longer marks a place name, so a Title Case "our" phrase is only
 * checked against retired offices.
 */
final class OfficeMentions {

    static final String RETIRED_OFFICE = "facts/retired-office";
    static final String UNKNOWN_OFFICE = "facts/unknown-office";

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
    // The repetitions are bounded: Java's regex engine recurses once per repetition of a group, and a pasted
    // paragraph of thousands of capitalised words overflowed the stack. No place name has more than eight words,
    // and no sentence lists more than twenty-five places.
    private static final String NAME = WORD + "(?:[ \\t]+" + WORD + "){0,7}";
    private static final String JOIN = "\\s*,\\s*(?:(?:or|and|&)\\s+)?|\\s+(?:or|and|&)\\s+";
    private static final String PLACES = NAME + "(?:(?:" + JOIN + ")" + NAME + "){0,24}";
    private static final String NOUN = "(?i:office|clinic|location|practice)s?";

    private static final Pattern OUR =
            Pattern.compile("\\b(?i:our)\\s+(?<places>" + PLACES + "),?\\s+(?<noun>" + NOUN + ")\\b");
    private static final Pattern IN =
            Pattern.compile("\\b(?<noun>" + NOUN + ")\\s+(?:in|at)\\s+(?<places>" + PLACES + ")");
    private static final Pattern SPLIT = Pattern.compile(JOIN);
    /** Right before "office in ...": "our ", "our new ", "our main ". */
    private static final Pattern OURS_BEFORE = Pattern.compile("\\b(?i:our)\\s+(?:(?:new|main)\\s+)?$");

    /** The two-letter code and the name of each state and DC, so that "MD" and "Maryland" both name a state. */
    private static final Map<String, String> STATES = Pattern.compile(";\\s*")
            .splitAsStream("""
            AL Alabama; AK Alaska; AZ Arizona; AR Arkansas; CA California; CO Colorado; CT Connecticut;
            DE Delaware; DC District of Columbia; FL Florida; GA Georgia; HI Hawaii; ID Idaho; IL Illinois;
            IN Indiana; IA Iowa; KS Kansas; KY Kentucky; LA Louisiana; ME Maine; MD Maryland; MA Massachusetts;
            MI Michigan; MN Minnesota; MS Mississippi; MO Missouri; MT Montana; NE Nebraska; NV Nevada;
            NH New Hampshire; NJ New Jersey; NM New Mexico; NY New York; NC North Carolina; ND North Dakota;
            OH Ohio; OK Oklahoma; OR Oregon; PA Pennsylvania; RI Rhode Island; SC South Carolina;
            SD South Dakota; TN Tennessee; TX Texas; UT Utah; VT Vermont; VA Virginia; WA Washington;
            WV West Virginia; WI Wisconsin; WY Wyoming
            """.strip())
            .collect(Collectors.toUnmodifiableMap(s -> s.substring(0, 2), s -> s.substring(3)));

    /** Every state as it may be written, normalised: "md", "maryland". */
    private static final List<String> STATES_WRITTEN = STATES.entrySet().stream()
            .flatMap(state -> java.util.stream.Stream.of(norm(state.getKey()), norm(state.getValue())))
            .sorted()
            .toList();

    private static final List<String> NOUNS = List.of("office", "clinic", "location", "practice");

    private final ClinicFacts facts;
    /** Normalised names, cities, "city state" and states of the current offices. */
    private final Set<String> current = new HashSet<>();
    /** The same for the retired offices, leaving out what a current office also answers to. */
    private final Map<String, RetiredOffice> retired = new HashMap<>();

    OfficeMentions(ClinicFacts facts) {
        this.facts = facts;
        for (Office office : facts.offices()) {
            current.addAll(names(office.name(), office.city(), office.state()));
        }
        for (RetiredOffice office : facts.retiredOffices()) {
            for (String name : names(office.name(), office.city(), office.state())) {
                if (!current.contains(name)) {
                    retired.putIfAbsent(name, office);
                }
            }
        }
    }

    private static List<String> names(String name, String city, String state) {
        List<String> out = new ArrayList<>(List.of(norm(name), norm(city), norm(city + " " + state)));
        if (!state.isEmpty()) {
            out.add(norm(state));
            Optional.ofNullable(STATES.get(state.toUpperCase(Locale.ROOT))).ifPresent(s -> out.add(norm(s)));
        }
        return out;
    }

    /** Every office mention in a line or a run of text that names no current office. */
    List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        eachMention(text, (mention, ours) -> {
            boolean titleCase = Character.isUpperCase(mention.group("noun").charAt(0));
            check(mention, ours && !titleCase).ifPresent(hits::add);
        });
        return hits;
    }

    /**
     * Calls {@code visit} with each phrase that places an office, in the text's order within each kind of phrase,
     * and whether it is the clinic's own claim ("our Tysons office", "our office in Tysons") or may be anyone's
     * ("a doctor's office in Tysons").
     */
    private static void eachMention(String text, java.util.function.BiConsumer<Matcher, Boolean> visit) {
        if (!namesAPlace(text)) {
            return;
        }
        Matcher our = OUR.matcher(text);
        while (our.find()) {
            visit.accept(our, true);
        }
        Matcher in = IN.matcher(text);
        while (in.find()) {
            visit.accept(in, oursBefore(text, in.start()));
        }
    }

    /** A current office named by its name from data/clinic.yml, at {@code start} up to {@code end} of a text. */
    record Named(int start, int end, Office office) {}

    /**
     * Every place in a phrase that claims the clinic is there ("our Arlington, Virginia, or Washington DC office",
     * "our office in Arlington") written as a current office's name, so that an importer can write the office's
     * attribute instead. A city or state alone is not a name and stays as typed, and so does anything outside such
     * a phrase: "a doctor's office in Arlington" is anyone's.
     */
    List<Named> currentOfficeNames(String text) {
        List<Named> named = new ArrayList<>();
        eachMention(text, (mention, ours) -> {
            if (ours) {
                named.addAll(namesIn(mention));
            }
        });
        named.sort(java.util.Comparator.comparingInt(Named::start));
        return named;
    }

    private List<Named> namesIn(Matcher mention) {
        List<Named> named = new ArrayList<>();
        String places = mention.group("places");
        int from = 0;
        Matcher join = SPLIT.matcher(places);
        while (from <= places.length()) {
            int to = join.find() ? join.start() : places.length();
            String place = places.substring(from, to);
            String key = norm(place);
            int start = mention.start("places")
                    + from
                    + (place.length() - place.stripLeading().length());
            int end = mention.start("places")
                    + to
                    - (place.length() - place.stripTrailing().length());
            facts.offices().stream()
                    .filter(o -> norm(o.name()).equals(key))
                    .findFirst()
                    .ifPresent(o -> named.add(new Named(start, end, o)));
            if (to == places.length()) {
                break;
            }
            from = join.end();
        }
        return named;
    }

    /** Whether "our ", "our new " or "our main " stands right before {@code at}. */
    private static boolean oursBefore(String text, int at) {
        return OURS_BEFORE.matcher(text.substring(Math.max(0, at - 12), at)).find();
    }

    /** Both phrases need one of the nouns: most texts hold none and skip the two searches. */
    private static boolean namesAPlace(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return NOUNS.stream().anyMatch(lower::contains);
    }

    private Optional<Hit> check(Matcher m, boolean reportUnknown) {
        for (String place : SPLIT.split(m.group("places").trim())) {
            String key = norm(place);
            String bare = withoutState(key);
            if (current.contains(key) || current.contains(bare)) {
                continue;
            }
            RetiredOffice closed = retired.getOrDefault(key, retired.get(bare));
            if (closed != null) {
                return Optional.of(hit(
                        m,
                        RETIRED_OFFICE,
                        "the " + closed.name() + " office (" + closed.city() + ", " + closed.state()
                                + ") closed on " + closed.closed() + "; the clinic's offices now are "
                                + currentOffices() + ": " + instead()));
            }
            if (reportUnknown) {
                return Optional.of(hit(
                        m,
                        UNKNOWN_OFFICE,
                        "'" + place.trim() + "' is not an office of the clinic in data/clinic.yml, whose offices are "
                                + currentOffices() + ": " + instead()
                                + "; if an office has opened there, add it to offices in data/clinic.yml first"));
            }
        }
        return Optional.empty();
    }

    private static Hit hit(Matcher m, String rule, String message) {
        return new Hit(m.start(), m.group(), Severity.ERROR, rule, message);
    }

    private String instead() {
        return facts.offices().stream()
                        .findFirst()
                        .map(o -> "name a current office, such as {" + ClinicAttributes.officeKey(o, "name") + "}, or ")
                        .orElse("")
                + "write 'our offices'";
    }

    /** "Arlington", "Arlington and Washington DC", "A, B and C"; "none" for a clinic without offices. */
    private String currentOffices() {
        List<String> names = facts.offices().stream().map(Office::name).toList();
        return switch (names.size()) {
            case 0 -> "none";
            case 1 -> names.get(0);
            default -> String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        };
    }

    /**
     * "silver spring md" and "silver spring maryland" become "silver spring"; anything else stays. The
     * longest state wins, so that "west virginia" is not read as "west" in "virginia".
     */
    private static String withoutState(String key) {
        String longest = "";
        for (String written : STATES_WRITTEN) {
            if (key.endsWith(" " + written) && written.length() > longest.length()) {
                longest = written;
            }
        }
        return longest.isEmpty() ? key : key.substring(0, key.length() - longest.length() - 1);
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace(".", "")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
