package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The facts an imported text types by hand, and the attributes that write them (the fixture clinic). */
class TypedFactsTest {

    private final TypedFacts facts = new TypedFacts(Fixture.clinic(), Fixture.PHONES);

    /** The text with every fact found written as its attribute. */
    private String written(String text) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (TypedFacts.Typed typed : facts.in(text)) {
            out.append(text, at, typed.start()).append(typed.reference());
            at = typed.end();
        }
        return out.append(text.substring(at)).toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the main number                    | Call 202-555-0110 today.                  | Call {clinic-phone} today.
            another notation of it             | Call (202) 555-0110.                      | Call {clinic-phone}.
            an office's own number             | Arlington: 703.555.0111                   | Arlington: {office-arlington-phone}
            an office's fax                    | Fax 703-555-0112                          | Fax {office-arlington-fax}
            a retired number stays             | Call 202-555-0100.                        | Call 202-555-0100.
            an unknown number stays            | Call 202-555-0177.                        | Call 202-555-0177.
            someone else's number stays        | Call 1-800-555-0199.                      | Call 1-800-555-0199.
            the clinic's name                  | Here at Fixture Spine Clinic, we help.    | Here at {clinic-name}, we help.
            offices the clinic claims          | in our Arlington, Virginia, or Washington DC office | in our {office-arlington-name}, Virginia, or {office-washington-dc-name} office
            our office in                      | Visit our office in Washington DC today.  | Visit our office in {office-washington-dc-name} today.
            anyone's office stays              | A doctor's office in Arlington can help.  | A doctor's office in Arlington can help.
            a city that is not a name stays    | our Washington, DC office                 | our Washington, DC office
            a closed office stays              | our Silver Spring office                  | our Silver Spring office
            """)
    void typedFactsBecomeTheirAttributes(String why, String text, String expected) {
        assertEquals(expected, written(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the main number, shown as it is    | +12025550110 | 202-555-0110       | {clinic-phone-link}
            an office's number                 | 7035550111   | (703) 555-0111     | link:tel:{office-arlington-phone}[{office-arlington-phone}]
            words around the number            | +12025550110 | Call 202-555-0110  |
            another number shown               | +12025550110 | 703-555-0111       |
            a number the clinic no longer has  | +12025550100 | 202-555-0100       |
            """)
    void aTelLinkToACurrentNumberIsItsAttribute(String why, String target, String text, String expected) {
        assertEquals(Optional.ofNullable(expected), facts.telLink(target, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the main number    | +1-202-555-0110 | {clinic-phone}
            an office's number | 703-555-0111    | {office-arlington-phone}
            a retired number   | 202-555-0100    |
            """)
    void theNumberALinkDialsIsItsAttribute(String why, String target, String expected) {
        assertEquals(Optional.ofNullable(expected), facts.dialled(target));
    }
}
