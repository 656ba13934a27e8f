package org.ispc.blog.contact;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Kind;
import ezvcard.property.Organization;
import ezvcard.property.Telephone;
import ezvcard.util.TelUri;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.clinic.Office;
import org.ispc.blog.clinic.PhoneNumber;

/**
 * The clinic's contact card, {@code clinic.vcf} (vCard 4.0): one card for the practice, then one for each office,
 * made from data/clinic.yml at every build, so that a reader who saves it from the footer ("Save our number") keeps
 * the current facts on their phone. It states what data/clinic.yml states and nothing else: an office without a
 * street in the file gets a card with its city and state only.
 */
public final class ContactCard {

    /** The file's name in the site, linked from every page's footer. */
    public static final String FILE = "clinic.vcf";

    private ContactCard() {}

    /** Writes {@value #FILE} into the site folder. */
    public static void write(Path site, ClinicFacts facts) {
        try {
            Files.writeString(site.resolve(FILE), text(facts), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cards, as the file holds them: the practice's first, then the offices' in the order of the file. */
    public static String text(ClinicFacts facts) {
        List<VCard> cards = new ArrayList<>();
        VCard practice = card(facts.name(), facts.name());
        practice.addTelephoneNumber(phone(facts.phone(), TelephoneType.VOICE));
        cards.add(practice);
        for (Office office : facts.offices()) {
            VCard card = card(facts.name() + ", " + office.name(), facts.name(), office.name());
            card.addAddress(address(office));
            // the number readers call for this office: its own, else the main one (as {office-ID-phone} gives it)
            card.addTelephoneNumber(phone(office.phone().orElse(facts.phone()), TelephoneType.VOICE));
            office.fax().ifPresent(fax -> card.addTelephoneNumber(phone(fax, TelephoneType.FAX)));
            office.hours().ifPresent(hours -> card.addNote("Hours: " + hours));
            office.mapUrl().ifPresent(card::addUrl);
            cards.add(card);
        }
        // no PRODID or REV: the same facts give the same bytes at every build
        return Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go();
    }

    private static VCard card(String formattedName, String... organization) {
        VCard card = new VCard(VCardVersion.V4_0);
        card.setKind(Kind.org());
        card.setFormattedName(formattedName);
        Organization org = new Organization();
        org.getValues().addAll(List.of(organization));
        card.setOrganization(org);
        return card;
    }

    private static Address address(Office office) {
        Address address = new Address();
        office.street().ifPresent(address::setStreetAddress);
        office.suite().ifPresent(address::setExtendedAddress);
        address.setLocality(office.city());
        address.setRegion(office.state());
        office.zip().ifPresent(address::setPostalCode);
        address.getTypes().add(AddressType.WORK);
        return address;
    }

    private static Telephone phone(PhoneNumber number, TelephoneType type) {
        Telephone tel = new Telephone(new TelUri.Builder(number.e164()).build());
        tel.getTypes().add(TelephoneType.WORK);
        tel.getTypes().add(type);
        return tel;
    }
}
