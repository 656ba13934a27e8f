package org.ispc.blog.facts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import org.ispc.blog.clinic.PhoneNumber;

/** Reads and writes US phone numbers with Google's libphonenumber; one instance serves a whole build. */
public final class Phones {

    public static final String REGION = "US";

    private final PhoneNumberUtil util;

    public Phones(PhoneNumberUtil util) {
        this.util = util;
    }

    public static Phones standard() {
        return new Phones(PhoneNumberUtil.getInstance());
    }

    public PhoneNumberUtil util() {
        return util;
    }

    /** The number written in any common notation, or empty when it is not a complete US number. */
    public Optional<PhoneNumber> parse(String written) {
        try {
            Phonenumber.PhoneNumber parsed = util.parse(written, REGION);
            if (!util.isPossibleNumber(parsed)
                    || String.valueOf(parsed.getNationalNumber()).length() != 10) {
                return Optional.empty();
            }
            return Optional.of(of(parsed));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The three forms of a parsed number; the display form is the clinic's house style, 202-851-7034. */
    public PhoneNumber of(Phonenumber.PhoneNumber parsed) {
        String national = String.valueOf(parsed.getNationalNumber());
        String display = national.length() == 10
                ? national.substring(0, 3) + "-" + national.substring(3, 6) + "-" + national.substring(6)
                : util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        return new PhoneNumber(display, util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164), national);
    }
}
