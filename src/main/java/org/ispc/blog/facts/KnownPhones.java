package org.ispc.blog.facts;

import com.google.i18n.phonenumbers.Phonenumber;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.clinic.Office;
import org.ispc.blog.clinic.OtherPhone;
import org.ispc.blog.clinic.PhoneNumber;
import org.ispc.blog.clinic.RetiredPhone;

/** Tells what data/clinic.yml says about a number: current, retired, someone else's, or unknown. */
final class KnownPhones {

    sealed interface Known permits Current, Retired, Other, Unknown {}

    /**
     * A number the clinic has now.
     *
     * @param attribute the AsciiDoc attribute that writes it, such as {@code clinic-phone}
     * @param field the template variable that holds it, such as {@code clinic.phone} or {@code office.phone}
     * @param description what it is, for messages: "the clinic's main number", "the Arlington office's fax"
     */
    record Current(PhoneNumber number, String attribute, String field, String description) implements Known {}

    record Retired(RetiredPhone phone) implements Known {}

    record Other(OtherPhone phone) implements Known {}

    record Unknown() implements Known {}

    private final Map<String, Known> byE164 = new HashMap<>();
    private final List<OtherPhone> others;
    private final PhoneFinder finder;
    private final Current main;

    KnownPhones(ClinicFacts facts, PhoneFinder finder) {
        this.finder = finder;
        this.main =
                new Current(facts.phone(), ClinicAttributes.CLINIC_PHONE, "clinic.phone", "the clinic's main number");
        this.others = facts.otherPhones();
        // First entry wins: an office that shares the main number is written {clinic-phone}, and a number
        // listed both as current and as retired is current, since it still rings at the clinic.
        put(main);
        for (Office office : facts.offices()) {
            String whose = "the " + office.name() + " office's ";
            office.phone()
                    .ifPresent(p -> put(new Current(
                            p, ClinicAttributes.officeKey(office, "phone"), "office.phone", whose + "number")));
            office.fax()
                    .ifPresent(p -> put(
                            new Current(p, ClinicAttributes.officeKey(office, "fax"), "office.fax", whose + "fax")));
        }
        for (RetiredPhone retired : facts.retiredPhones()) {
            byE164.putIfAbsent(retired.number().e164(), new Retired(retired));
        }
    }

    private void put(Current current) {
        byE164.putIfAbsent(current.number().e164(), current);
    }

    /** The main number, as a current number. */
    Current main() {
        return main;
    }

    Known classify(Phonenumber.PhoneNumber number) {
        return classify(finder.e164(number), String.valueOf(number.getNationalNumber()));
    }

    Known classify(PhoneNumber number) {
        return classify(number.e164(), number.national());
    }

    /**
     * Other phones are kept as the digits the writer typed, with or without the country code
     * ("1-800-555-0199" or "800-555-0199"), so both spellings count.
     */
    private Known classify(String e164, String national) {
        Known known = byE164.get(e164);
        if (known != null) {
            return known;
        }
        String digits = e164.substring(1);
        for (OtherPhone other : others) {
            if (other.digits().equals(digits) || other.digits().equals(national)) {
                return new Other(other);
            }
        }
        return new Unknown();
    }
}
