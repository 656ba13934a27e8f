package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClinicAttributesTest {

    @Test
    void writesEveryFactOnceInTheOrderOfTheFile() {
        Map<String, String> attributes = ClinicAttributes.of(Fixture.clinic());

        assertEquals(
                List.of(
                        "clinic-name=Fixture Spine Clinic",
                        "clinic-phone=202-555-0110",
                        "clinic-phone-link=link:tel:+12025550110[202-555-0110]",
                        "office-arlington-name=Arlington",
                        "office-arlington-address=100 Example Street, Suite 200, Arlington, VA 22201",
                        "office-arlington-phone=703-555-0111",
                        "office-arlington-fax=703-555-0112",
                        "office-arlington-city=Arlington",
                        "office-arlington-state=VA",
                        "office-washington-dc-name=Washington DC",
                        "office-washington-dc-address=Washington, DC",
                        // no phone of its own: the main number
                        "office-washington-dc-phone=202-555-0110",
                        "office-washington-dc-city=Washington",
                        "office-washington-dc-state=DC"),
                attributes.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
    }

    @Test
    void cannotBeChangedByACaller() {
        Map<String, String> attributes = ClinicAttributes.of(Fixture.clinic());

        assertThrows(UnsupportedOperationException.class, () -> attributes.put("clinic-phone", "202-555-0100"));
    }
}
