package org.ispc.blog.jbake;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

/**
 * The settings the build needs from jbake.properties, plus how this bake runs.
 *
 * @param preview true for the writer's preview: drafts and scheduled articles are shown, marked
 * @param today the day that decides what is published (articles dated later are scheduled)
 * @param host the site's address without a trailing slash, for canonical URLs, feed and sitemap
 * @param npis the practice's NPI numbers for the registry cross-check (none: the check is off)
 * @param npiRegistryUrl where the NPPES registry API answers
 */
public record SiteSettings(
        Path projectRoot,
        boolean preview,
        LocalDate today,
        String host,
        String title,
        String description,
        String language,
        String timezone,
        int postsPerPage,
        int relatedCount,
        java.util.List<String> npis,
        String npiRegistryUrl) {

    public SiteSettings {
        npis = java.util.List.copyOf(npis);
    }

    public static final String CONTENT = "content";
    public static final String PARTIALS = "content/partials";
    public static final String TEMPLATES = "templates";
    public static final String ASSETS = "assets";
    public static final String DATA = "data";
    public static final String PROPERTIES = "jbake.properties";

    /** Reads jbake.properties under the project root; a missing key takes the documented default. */
    public static SiteSettings read(Path projectRoot, boolean preview, java.time.Clock clock) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(projectRoot.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String host = p.getProperty("site.host", "http://localhost").trim();
        while (host.endsWith("/")) {
            host = host.substring(0, host.length() - 1);
        }
        String timezone = p.getProperty("site.timezone", "America/New_York").trim();
        return new SiteSettings(
                projectRoot.toAbsolutePath().normalize(),
                preview,
                LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of(timezone)),
                host,
                p.getProperty("site.title", "Blog").trim(),
                p.getProperty("site.description", "").trim(),
                p.getProperty("site.language", "en-US").trim(),
                timezone,
                Integer.parseInt(p.getProperty("index.posts_per_page", "10").trim()),
                Integer.parseInt(p.getProperty("related.count", "3").trim()),
                java.util.Arrays.stream(setting(p, "facts.npi", "").split("[,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList(),
                setting(p, "facts.npiRegistryUrl", "https://npiregistry.cms.hhs.gov/api/"));
    }

    /** A -D option given to the build wins over jbake.properties. */
    private static String setting(Properties p, String key, String otherwise) {
        return System.getProperty(key, p.getProperty(key, otherwise)).trim();
    }

    /** A tag as it appears in URLs: "lower back pain" is /tags/lower-back-pain.html. */
    public static String tagSlug(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public String absolute(String rootRelativeUrl) {
        return host + rootRelativeUrl;
    }
}
