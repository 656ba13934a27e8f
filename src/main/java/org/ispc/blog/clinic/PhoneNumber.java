package org.ispc.blog.clinic;

/**
 * A phone number of the clinic in the three forms the site needs.
 *
 * @param display as readers see it, for example {@code 202-851-7034}
 * @param e164 for links and structured data, for example {@code +12028517034}
 * @param national the national significant number, the key by which numbers are compared
 */
public record PhoneNumber(String display, String e164, String national) {

    public String telHref() {
        return "tel:" + e164;
    }
}
