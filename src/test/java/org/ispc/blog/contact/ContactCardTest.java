package org.ispc.blog.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Telephone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.clinic.Office;
import org.ispc.blog.facts.ClinicFactsLoader;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** clinic.vcf, baked from data/clinic.yml, read back with ez-vcard and compared with the file field for field. */
class ContactCardTest {

    @TempDir
    Path dir;

    @Test
    void theCardsMatchDataClinicYmlFieldForField() {
        TestSite site = TestSite.create(dir, "basic");
        SiteBuild.Outcome outcome = site.build();
        assertTrue(outcome.published(), outcome.findings().toString());

        assertCardsMatch(site);
    }

    /** Every field the file can give an office reaches its card; an office without them gets none invented. */
    @Test
    void everyFieldTheFileGivesAndNoOther() {
        TestSite site = TestSite.create(dir, "basic", "office-details");
        assertTrue(site.build().published());

        List<VCard> cards = assertCardsMatch(site);

        VCard arlington = cards.get(1);
        Address adr = arlington.getAddresses().get(0);
        assertEquals("100 Example Street", adr.getStreetAddress());
        assertEquals("Suite 200", adr.getExtendedAddress());
        assertEquals("22201", adr.getPostalCode());
        assertEquals(List.of("tel:+17035550120", "tel:+17035550121"), uris(arlington.getTelephoneNumbers()));
        assertEquals(
                "Hours: Monday to Friday, 8 am to 5 pm",
                arlington.getNotes().get(0).getValue());
        assertEquals(
                "https://maps.example.com/?q=arlington",
                arlington.getUrls().get(0).getValue());
        VCard washington = cards.get(2);
        Address none = washington.getAddresses().get(0);
        assertEquals(List.of(), none.getStreetAddresses(), "no street is invented");
        assertEquals(List.of(), none.getPostalCodes(), "no ZIP code is invented");
        assertTrue(washington.getNotes().isEmpty(), "no hours are invented");
        assertTrue(washington.getUrls().isEmpty());
    }

    @Test
    void everyPagesFooterLinksTheCard() {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());

        for (String page : List.of("index.html", "blog/posture-at-work/index.html", "about/index.html")) {
            Element link = Jsoup.parse(site.read("target/www/" + page)).selectFirst("footer a[href=/clinic.vcf]");
            assertTrue(link != null, page);
            assertEquals("Save our number", link.text());
        }
    }

    /**
     * Parses target/www/clinic.vcf, checks that each card is valid vCard 4.0, and compares it with data/clinic.yml:
     * the practice first, then each office in the file's order.
     */
    private static List<VCard> assertCardsMatch(TestSite site) {
        ClinicFacts facts =
                ClinicFactsLoader.load(site.root(), Phones.standard()).facts().orElseThrow();
        List<VCard> cards =
                Ezvcard.parse(site.read("target/www/" + ContactCard.FILE)).all();

        assertEquals(1 + facts.offices().size(), cards.size());
        for (VCard card : cards) {
            assertEquals(VCardVersion.V4_0, card.getVersion());
            assertTrue(card.validate(VCardVersion.V4_0).isEmpty(), card.validate(VCardVersion.V4_0)::toString);
            assertTrue(card.getKind().isOrg());
        }
        VCard practice = cards.get(0);
        assertEquals(facts.name(), practice.getFormattedName().getValue());
        assertEquals(List.of(facts.name()), practice.getOrganization().getValues());
        assertEquals(List.of(facts.phone().telHref()), uris(practice.getTelephoneNumbers()));
        assertTrue(practice.getAddresses().isEmpty(), "the practice's own address is not in data/clinic.yml");
        for (int i = 0; i < facts.offices().size(); i++) {
            Office office = facts.offices().get(i);
            VCard card = cards.get(i + 1);
            assertEquals(
                    facts.name() + ", " + office.name(), card.getFormattedName().getValue());
            assertEquals(
                    List.of(facts.name(), office.name()), card.getOrganization().getValues());
            Address adr = card.getAddresses().get(0);
            assertEquals(office.street(), Optional.ofNullable(adr.getStreetAddress()));
            assertEquals(office.suite(), Optional.ofNullable(adr.getExtendedAddress()));
            assertEquals(office.city(), adr.getLocality());
            assertEquals(office.state(), adr.getRegion());
            assertEquals(office.zip(), Optional.ofNullable(adr.getPostalCode()));
            List<String> tels =
                    new ArrayList<>(List.of(office.phone().orElse(facts.phone()).telHref()));
            office.fax().ifPresent(fax -> tels.add(fax.telHref()));
            assertEquals(tels, uris(card.getTelephoneNumbers()));
            office.fax()
                    .ifPresent(fax -> assertTrue(
                            card.getTelephoneNumbers().get(1).getTypes().contains(TelephoneType.FAX)));
            assertEquals(
                    office.hours().map(h -> List.of("Hours: " + h)).orElse(List.of()),
                    card.getNotes().stream().map(n -> n.getValue()).toList());
            assertEquals(
                    office.mapUrl().map(List::of).orElse(List.of()),
                    card.getUrls().stream().map(u -> u.getValue()).toList());
        }
        return cards;
    }

    private static List<String> uris(List<Telephone> tels) {
        return tels.stream().map(t -> t.getUri().toString()).toList();
    }
}
