package org.ispc.blog.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.clinic.Office;
import org.ispc.blog.clinic.PhoneNumber;
import org.ispc.blog.contact.ContactCard;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.jbake.SiteSettings;

/**
 * The variables templates get beyond JBake's own, computed once per bake: clinic facts from
 * data/clinic.yml, the article lists, each article's related articles. Templates receive plain maps and
 * lists of strings, so they need no date formatting and no content-store queries.
 */
public final class PageModel implements org.ispc.blog.jbake.PagePlan {

    /** A patient reading on a phone, unhurried: the reading time shown under an article's title. */
    private static final double WORDS_A_MINUTE = 200;
    /** From this many sections an article opens with its list of contents; shorter ones are read straight through. */
    private static final int CONTENTS_FROM = 4;

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final SiteSettings settings;
    /** What every page gets. */
    private final Map<String, Object> everyPage;
    /** What list pages (home, archive, tags, feed, sitemap, 404) get besides: every article, every tag. */
    private final Map<String, Object> lists;

    private final Map<String, Map<String, Object>> articleByPath = new TreeMap<>();
    /**
     * What only an article's own page shows of its body: its length and its sections. Kept out of the article's
     * variables, which lists and "You might also enjoy" show too, so that editing a body re-renders its own page
     * and no other (see sameDocumentPage, sameListPages).
     */
    private final Map<String, Map<String, Object>> readingByPath = new TreeMap<>();

    private final List<Map<String, Object>> articles = new ArrayList<>();
    private final Map<String, List<String>> relatedPaths;
    /** Each topic as a writer first spelled it ("ciática", "MRI"), by its slug. */
    private final Map<String, String> tagLabels = new TreeMap<>();

    private final StructuredData structuredData;

    /**
     * @param related for each article's source path, the source paths of its related articles, in order
     */
    public PageModel(SiteSettings settings, Catalog catalog, ClinicFacts clinic, Map<String, List<String>> related) {
        this.settings = settings;
        this.relatedPaths = related;
        this.structuredData = new StructuredData(settings, clinic);
        List<Manuscript> visible = catalog.visible(settings.preview());
        tagLabels.putAll(org.ispc.blog.content.TopicLabels.of(visible));
        for (Manuscript m : visible) {
            articleByPath.put(m.path(), article(catalog, m));
            readingByPath.put(m.path(), reading(catalog.reading(m)));
        }
        visible.stream()
                .filter(Manuscript::isPost)
                .sorted(Catalog.NEWEST_FIRST)
                .forEach(m -> articles.add(articleByPath.get(m.path())));
        Map<String, Object> every = new LinkedHashMap<>();
        every.put("site", site());
        every.put("clinic", clinic(clinic));
        every.put("organization_jsonld", structuredData.organization());
        this.everyPage = Map.copyOf(every);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("articles", List.copyOf(articles));
        c.put(
                "last_modified_iso",
                articles.stream()
                        .map(a -> a.get("modified_iso").toString())
                        .max(java.util.Comparator.naturalOrder())
                        .orElse(settings.today().toString()));
        c.put("all_tags", tags());
        c.put(
                "info_pages",
                visible.stream()
                        .filter(m -> !m.isPost())
                        .map(m -> articleByPath.get(m.path()))
                        .toList());
        int indexPages = Math.max(1, (articles.size() + settings.postsPerPage() - 1) / settings.postsPerPage());
        c.put(
                "index_pages",
                java.util.stream.IntStream.rangeClosed(2, indexPages)
                        .mapToObj(PageModel::indexUrl)
                        .toList());
        this.lists = Map.copyOf(c);
    }

    /** The extra variables for one page, given JBake's model of it. */
    @Override
    public Map<String, Object> extrasFor(Map<String, Object> jbakeModel) {
        Map<String, Object> extras = new LinkedHashMap<>(everyPage);
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) jbakeModel.getOrDefault("content", Map.of());
        String type = String.valueOf(content.getOrDefault("type", ""));
        Object sourcePath = content.get("source_path");
        if (sourcePath != null && articleByPath.containsKey(sourcePath.toString())) {
            Map<String, Object> article = new LinkedHashMap<>(articleByPath.get(sourcePath.toString()));
            article.putAll(readingByPath.get(sourcePath.toString()));
            extras.put("article", article);
            if ("post".equals(article.get("type"))) {
                extras.put("article_jsonld", structuredData.article(article));
            }
            extras.put("page_url", article.get("url"));
            extras.put("related", relatedShown(sourcePath.toString()));
            // An article's page shows itself and its related articles, never the lists: so an edit changes
            // only the pages of the articles it touches (see sameDocumentPage).
            return withCanonical(extras);
        }
        extras.putAll(lists);
        if (jbakeModel.get("tag") != null) {
            String slug = jbakeModel.get("tag").toString();
            extras.put("tag_label", label(slug));
            extras.put("tag_articles", articlesTagged(slug));
            extras.put("page_url", tagUrl(slug));
        } else if (type.equals("masterindex")) {
            int page = number(jbakeModel.get("currentPageNumber"), 1);
            int pages = Math.max(1, number(jbakeModel.get("numberOfPages"), 1));
            int from = Math.min(articles.size(), (page - 1) * settings.postsPerPage());
            int to = Math.min(articles.size(), from + settings.postsPerPage());
            extras.put("page_articles", articles.subList(from, to));
            extras.put("page_number", page);
            extras.put("page_count", pages);
            extras.put("page_url", indexUrl(page));
            if (page > 1) {
                extras.put("prev_url", indexUrl(page - 1));
            }
            if (page < pages) {
                extras.put("next_url", indexUrl(page + 1));
            }
        } else {
            extras.put(
                    "page_url",
                    switch (type) {
                        case "archive" -> "/archive.html";
                        case "tags", "tagindex", "tagsindex" -> "/tags/";
                        case "error404" -> "/404.html";
                        case "feed" -> "/feed.xml";
                        case "sitemap" -> "/sitemap.xml";
                        default -> "/";
                    });
        }
        return withCanonical(extras);
    }

    private Map<String, Object> withCanonical(Map<String, Object> extras) {
        extras.put("canonical", settings.absolute(String.valueOf(extras.get("page_url"))));
        return extras;
    }

    @Override
    public boolean sameDocumentPage(org.ispc.blog.jbake.PagePlan other, String sourcePath) {
        if (!(other instanceof PageModel older)) {
            return false;
        }
        return everyPage.equals(older.everyPage)
                && java.util.Objects.equals(articleByPath.get(sourcePath), older.articleByPath.get(sourcePath))
                && java.util.Objects.equals(readingByPath.get(sourcePath), older.readingByPath.get(sourcePath))
                && relatedShown(sourcePath).equals(older.relatedShown(sourcePath));
    }

    @Override
    public boolean sameListPages(org.ispc.blog.jbake.PagePlan other) {
        return other instanceof PageModel older && everyPage.equals(older.everyPage) && lists.equals(older.lists);
    }

    private List<Map<String, Object>> relatedShown(String sourcePath) {
        return relatedPaths.getOrDefault(sourcePath, List.of()).stream()
                .map(articleByPath::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Every published page and article, for the sitemap and checks. */
    public List<Map<String, Object>> documents() {
        return List.copyOf(articleByPath.values());
    }

    private static String indexUrl(int page) {
        return page == 1 ? "/" : "/" + page + "/";
    }

    public static String tagUrl(String slug) {
        return "/tags/" + slug + ".html";
    }

    private String label(String slug) {
        return tagLabels.getOrDefault(slug, slug.replace('-', ' '));
    }

    private List<Map<String, Object>> articlesTagged(String slug) {
        return articles.stream()
                .filter(a -> ((List<?>) a.get("tag_slugs")).contains(slug))
                .toList();
    }

    private List<Map<String, Object>> tags() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map<String, Object> a : articles) {
            for (Object slug : (List<?>) a.get("tag_slugs")) {
                counts.merge(slug.toString(), 1, Integer::sum);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((slug, count) ->
                out.add(Map.of("slug", slug, "label", label(slug), "count", count, "url", tagUrl(slug))));
        return out;
    }

    private Map<String, Object> article(Catalog catalog, Manuscript m) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", m.title());
        a.put("url", m.url());
        a.put("absolute_url", settings.absolute(m.url()));
        a.put("summary", m.summary());
        a.put("type", m.type());
        a.put("author", m.author());
        a.put("source_path", m.path());
        a.put("publication", m.publication().label());
        LocalDate date = m.date().orElse(settings.today());
        a.put("date_iso", date.toString());
        org.ispc.blog.content.BodyReading reading = catalog.reading(m);
        reading.lead().ifPresent(image -> {
            a.put("image", image.src());
            a.put("image_alt", image.alt());
        });
        a.put("date_display", DISPLAY.format(date));
        List<String> slugs = m.tagSlugs();
        a.put("tag_slugs", slugs);
        a.put(
                "tags",
                slugs.stream()
                        .map(s -> Map.of("label", label(s), "url", tagUrl(s)))
                        .toList());
        m.reviewedBy().ifPresent(r -> a.put("reviewed_by", r));
        m.reviewedOn().ifPresent(d -> {
            a.put("reviewed_on_iso", d.toString());
            a.put("reviewed_on_display", DISPLAY.format(d));
        });
        m.updatedOn().filter(date::isBefore).ifPresent(d -> {
            a.put("updated_iso", d.toString());
            a.put("updated_display", DISPLAY.format(d));
        });
        a.put("modified_iso", m.lastModified(date).toString());
        return Map.copyOf(a);
    }

    private static Map<String, Object> reading(org.ispc.blog.content.BodyReading reading) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("word_count", reading.wordCount());
        r.put("reading_minutes", Math.max(1, Math.round(reading.wordCount() / WORDS_A_MINUTE)));
        if (reading.sections().size() >= CONTENTS_FROM) {
            r.put(
                    "sections",
                    reading.sections().stream()
                            .map(s -> Map.of("id", s.id(), "title", s.title()))
                            .toList());
        }
        return Map.copyOf(r);
    }

    private Map<String, Object> site() {
        return Map.of(
                "title", settings.title(),
                "description", settings.description(),
                "host", settings.host(),
                "language", settings.language(),
                "preview", settings.preview());
    }

    private static Map<String, Object> clinic(ClinicFacts facts) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", facts.name());
        putPhone(c, "phone", Optional.of(facts.phone()));
        // the contact card the build makes from the same facts, for the footer's "Save our number"
        c.put("card_url", "/" + ContactCard.FILE);
        List<Map<String, Object>> offices = new ArrayList<>();
        for (Office o : facts.offices()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("name", o.name());
            m.put("city", o.city());
            m.put("state", o.state());
            m.put("address", o.addressLine());
            o.street().ifPresent(v -> m.put("street", v));
            o.suite().ifPresent(v -> m.put("suite", v));
            o.zip().ifPresent(v -> m.put("zip", v));
            o.hours().ifPresent(v -> m.put("hours", v));
            o.mapUrl().ifPresent(v -> m.put("map_url", v));
            putPhone(m, "phone", o.phone().or(() -> Optional.of(facts.phone())));
            putPhone(m, "fax", o.fax());
            offices.add(Map.copyOf(m));
        }
        c.put("offices", List.copyOf(offices));
        return Map.copyOf(c);
    }

    private static void putPhone(Map<String, Object> into, String key, Optional<PhoneNumber> phone) {
        phone.ifPresent(p -> {
            into.put(key, p.display());
            into.put(key + "_href", p.telHref());
            into.put(key + "_e164", p.e164());
        });
    }

    private static int number(Object value, int otherwise) {
        return value instanceof Number n ? n.intValue() : otherwise;
    }
}
