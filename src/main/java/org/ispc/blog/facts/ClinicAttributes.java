package org.ispc.blog.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.clinic.Office;
import org.ispc.blog.clinic.PhoneNumber;

/**
 * The AsciiDoc attributes writers use instead of typing contact facts: {@code {clinic-phone}},
 * {@code {office-arlington-address}} and so on, all taken from data/clinic.yml.
 */
public final class ClinicAttributes {

    static final String CLINIC_NAME = "clinic-name";
    static final String CLINIC_PHONE = "clinic-phone";
    static final String CLINIC_PHONE_LINK = "clinic-phone-link";

    private ClinicAttributes() {}

    /**
     * The attributes, in a fixed order: the clinic's first, then each office's in the order of the file.
     *
     * <p>{@code clinic-phone-link} is {@code link:tel:+12028517034[202-851-7034]}: Asciidoctor 2.5 turns only
     * http, https, ftp, irc and file addresses into links by themselves, so a bare {@code tel:} needs the
     * {@code link:} macro or it prints as text. {@code office-<id>-phone} falls back to the main number, so
     * that writers can name an office's phone before the office has its own line; {@code office-<id>-fax}
     * exists only for offices with a fax.
     *
     * @return an unmodifiable, insertion-ordered map from attribute name to value
     */
    public static Map<String, String> of(ClinicFacts facts) {
        Map<String, String> out = new LinkedHashMap<>();
        PhoneNumber main = facts.phone();
        out.put(CLINIC_NAME, facts.name());
        out.put(CLINIC_PHONE, main.display());
        out.put(CLINIC_PHONE_LINK, "link:" + main.telHref() + "[" + main.display() + "]");
        for (Office office : facts.offices()) {
            out.put(officeKey(office, "name"), office.name());
            out.put(officeKey(office, "address"), office.addressLine());
            out.put(officeKey(office, "phone"), office.phone().orElse(main).display());
            office.fax().ifPresent(fax -> out.put(officeKey(office, "fax"), fax.display()));
            out.put(officeKey(office, "city"), office.city());
            out.put(officeKey(office, "state"), office.state());
        }
        return Collections.unmodifiableMap(out);
    }

    /** The name of one office's attribute, such as {@code office-arlington-phone}. */
    static String officeKey(Office office, String fact) {
        return "office-" + office.id() + "-" + fact;
    }
}
