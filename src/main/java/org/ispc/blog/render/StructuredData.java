package org.ispc.blog.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.clinic.Office;
import org.ispc.blog.jbake.SiteSettings;

/**
 * The schema.org JSON-LD of each page, built from data/clinic.yml and the article headers, so it can never
 * disagree with what the page shows. Only facts present in the data are stated: an office whose street is
 * not known is described by its city alone, as a location of the practice rather than as a clinic listing.
 */
public final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteSettings settings;
    private final ClinicFacts clinic;

    public StructuredData(SiteSettings settings, ClinicFacts clinic) {
        this.settings = settings;
        this.clinic = clinic;
    }

    /** On every page: the practice, with its main phone and its offices. */
    public String organization() {
        Map<String, Object> org = node("MedicalOrganization");
        org.put("@id", settings.absolute("/#organization"));
        org.put("name", clinic.name());
        org.put("url", settings.absolute("/"));
        org.put("telephone", clinic.phone().e164());
        List<Object> locations = new ArrayList<>();
        for (Office office : clinic.offices()) {
            locations.add(office(office));
        }
        org.put("location", locations);
        return write(org);
    }

    /** A listed clinic needs a street address; without one an office is a place in a city. */
    private Map<String, Object> office(Office office) {
        Map<String, Object> place = node(office.street().isPresent() ? "MedicalClinic" : "Place");
        place.put("name", clinic.name() + ", " + office.name());
        Map<String, Object> address = node("PostalAddress");
        office.street()
                .ifPresent(s -> address.put(
                        "streetAddress", office.suite().map(u -> s + ", " + u).orElse(s)));
        address.put("addressLocality", office.city());
        address.put("addressRegion", office.state());
        office.zip().ifPresent(z -> address.put("postalCode", z));
        address.put("addressCountry", "US");
        place.put("address", address);
        place.put("telephone", office.phone().orElse(clinic.phone()).e164());
        office.hours().ifPresent(h -> place.put("openingHours", h));
        office.mapUrl().ifPresent(u -> place.put("hasMap", u));
        return place;
    }

    /** On an article: the medical web page whose main entity is the blog post, and its breadcrumbs. */
    public List<String> article(Map<String, Object> a) {
        Map<String, Object> post = node("BlogPosting");
        post.put("headline", a.get("title"));
        post.put("description", a.get("summary"));
        post.put("datePublished", a.get("date_iso"));
        post.put("dateModified", a.get("modified_iso"));
        post.put("wordCount", a.get("word_count"));
        post.put("url", a.get("absolute_url"));
        Map<String, Object> author = node("Organization");
        author.put(
                "name",
                a.get("author") == null || a.get("author").toString().isBlank() ? clinic.name() : a.get("author"));
        post.put("author", author);
        Map<String, Object> publisher = node("MedicalOrganization");
        publisher.put("@id", settings.absolute("/#organization"));
        publisher.put("name", clinic.name());
        post.put("publisher", publisher);
        if (a.get("image") != null) {
            post.put("image", settings.absolute(a.get("image").toString()));
        }
        Map<String, Object> page = node("MedicalWebPage");
        page.put("url", a.get("absolute_url"));
        page.put("name", a.get("title"));
        page.put("mainEntity", post);
        if (a.get("reviewed_by") != null) {
            Map<String, Object> reviewer = node("Person");
            reviewer.put("name", a.get("reviewed_by"));
            page.put("reviewedBy", reviewer);
            if (a.get("reviewed_on_iso") != null) {
                page.put("lastReviewed", a.get("reviewed_on_iso"));
            }
        }
        Map<String, Object> crumbs = node("BreadcrumbList");
        crumbs.put(
                "itemListElement",
                List.of(
                        crumb(1, "Home", settings.absolute("/")),
                        crumb(2, "Articles", settings.absolute("/archive.html")),
                        crumb(3, a.get("title"), a.get("absolute_url"))));
        return List.of(write(page), write(crumbs));
    }

    private static Map<String, Object> crumb(int position, Object name, Object url) {
        Map<String, Object> item = node("ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", "https://schema.org");
        node.put("@type", type);
        return node;
    }

    /** JSON safe inside a script element: no "</script>" or "<!--" can come out of the data. */
    private static String write(Map<String, Object> node) {
        try {
            return JSON.writeValueAsString(node)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write structured data", e);
        }
    }
}
