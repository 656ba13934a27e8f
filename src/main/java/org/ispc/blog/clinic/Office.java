package org.ispc.blog.clinic;

import java.util.Optional;

/**
 * One current office, as data/clinic.yml states it. Only {@code id}, {@code name}, {@code city} and
 * {@code state} are required; everything else is empty when nobody has confirmed it.
 */
public record Office(
        String id,
        String name,
        String city,
        String state,
        Optional<String> street,
        Optional<String> suite,
        Optional<String> zip,
        Optional<PhoneNumber> phone,
        Optional<PhoneNumber> fax,
        Optional<String> hours,
        Optional<String> mapUrl) {

    /** The address as one line, using only what is known: "Arlington, VA" at least. */
    public String addressLine() {
        StringBuilder sb = new StringBuilder();
        street.ifPresent(s -> sb.append(s).append(", "));
        suite.ifPresent(s -> sb.append(s).append(", "));
        sb.append(city).append(", ").append(state);
        zip.ifPresent(z -> sb.append(' ').append(z));
        return sb.toString();
    }
}
