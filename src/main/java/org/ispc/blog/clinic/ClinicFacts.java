package org.ispc.blog.clinic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything data/clinic.yml says: the one source of truth for the practice's contact facts. */
public record ClinicFacts(
        String name,
        PhoneNumber phone,
        LocalDate verified,
        List<Office> offices,
        List<RetiredPhone> retiredPhones,
        List<RetiredOffice> retiredOffices,
        List<OtherPhone> otherPhones) {

    public ClinicFacts {
        offices = List.copyOf(offices);
        retiredPhones = List.copyOf(retiredPhones);
        retiredOffices = List.copyOf(retiredOffices);
        otherPhones = List.copyOf(otherPhones);
    }

    public Optional<Office> office(String id) {
        return offices.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
