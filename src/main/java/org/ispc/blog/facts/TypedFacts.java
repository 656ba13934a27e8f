package org.ispc.blog.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.facts.KnownPhones.Current;

/**
 * The contact facts typed in a text that data/clinic.yml knows, each with the attribute reference that writes it
 * instead: the clinic's current numbers ({@code {clinic-phone}}), its name ({@code {clinic-name}}) and its offices
 * named by their names ({@code {office-arlington-name}}). Text brought in from elsewhere (the importer) is written with them, so that
 * it changes when the file does. Numbers are found by libphonenumber, as the facts check finds them; numbers the
 * file does not know, or knows as retired, are left as typed for the check to report.
 */
public final class TypedFacts {

    /**
     * One fact as typed.
     *
     * @param start index of its first character in the text
     * @param end index just after its last character
     * @param reference what to write instead, such as {@code {clinic-phone}}
     */
    public record Typed(int start, int end, String reference) {}

    private final PhoneFinder finder;
    private final KnownPhones known;
    private final OfficeMentions offices;
    private final String clinicName;

    public TypedFacts(ClinicFacts facts, Phones phones) {
        this.clinicName = facts.name().strip();
        this.finder = new PhoneFinder(phones.util());
        this.known = new KnownPhones(facts, finder);
        this.offices = new OfficeMentions(facts);
    }

    /** The current numbers, the clinic's name and office names typed in {@code text}, in order, never overlapping. */
    public List<Typed> in(String text) {
        List<Typed> typed = new ArrayList<>();
        if (PhoneFinder.mayHoldNumber(text)) {
            for (PhoneFinder.Found found : finder.numbers(text)) {
                if (known.classify(found.number()) instanceof Current current) {
                    typed.add(new Typed(
                            found.start(),
                            found.start() + found.raw().length(),
                            PhoneRules.textOf(current).attribute()));
                }
            }
        }
        for (int at = text.indexOf(clinicName);
                !clinicName.isEmpty() && at >= 0;
                at = text.indexOf(clinicName, at + 1)) {
            typed.add(new Typed(at, at + clinicName.length(), "{" + ClinicAttributes.CLINIC_NAME + "}"));
        }
        for (OfficeMentions.Named named : offices.currentOfficeNames(text)) {
            if (typed.stream().noneMatch(t -> t.start() < named.end() && named.start() < t.end())) {
                typed.add(new Typed(
                        named.start(), named.end(), "{" + ClinicAttributes.officeKey(named.office(), "name") + "}"));
            }
        }
        typed.sort(Comparator.comparingInt(Typed::start));
        return List.copyOf(typed);
    }

    /**
     * The AsciiDoc that writes a whole tel: link to one of the clinic's current numbers, such as
     * {@code {clinic-phone-link}}, when the link's text is that same number and nothing else; empty otherwise (see
     * {@link #dialled} for a link with words of its own).
     *
     * @param target what follows {@code tel:} in the link
     * @param text the link's text as readers see it
     */
    public Optional<String> telLink(String target, String text) {
        List<PhoneFinder.Found> shown = finder.numbers(text);
        return current(target)
                .filter(c -> shown.size() == 1
                        && text.strip().equals(shown.get(0).raw())
                        && known.classify(shown.get(0).number()) == c)
                .map(c -> PhoneRules.linkOf(c).attribute());
    }

    /**
     * The reference that writes the number a tel: link dials, such as {@code {clinic-phone}} (for
     * {@code link:tel:{clinic-phone}[Call us]}), when it is one of the clinic's current numbers.
     */
    public Optional<String> dialled(String target) {
        return current(target).map(c -> PhoneRules.textOf(c).attribute());
    }

    private Optional<Current> current(String target) {
        return finder.numbers(target).stream()
                .findFirst()
                .map(found -> known.classify(found.number()))
                .filter(Current.class::isInstance)
                .map(Current.class::cast);
    }
}
