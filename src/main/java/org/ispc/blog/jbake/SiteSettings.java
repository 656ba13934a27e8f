package org.ispc.blog.jbake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ispc.blog.content.SourceText;

/**
 * The settings the build needs from jbake.properties, plus how this bake runs.
 *
 * @param preview true for the writer's preview: drafts and scheduled articles are shown, marked
 * @param today the day that decides what is published (articles dated later are scheduled)
 * @param host the site's address without a trailing slash, for canonical URLs, feed and sitemap
 * @param npis the practice's NPI numbers for the registry cross-check (none: the check is off)
 * @param npiRegistryUrl where the NPPES registry API answers
 * @param reviewMaxAgeMonths after how many months a medical review is due again ({@code review.maxAgeMonths})
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
        String npiRegistryUrl,
        int reviewMaxAgeMonths) {

    public SiteSettings {
        npis = java.util.List.copyOf(npis);
    }

    public static final String CONTENT = "content";
    public static final String PARTIALS = "content/partials";
    public static final String TEMPLATES = "templates";
    public static final String ASSETS = "assets";
    public static final String DATA = "data";
    public static final String PROPERTIES = "jbake.properties";
    /** JBake's settings that name a folder it reads, and the one folder of the project each must name. */
    public static final Map<String, String> FOLDERS = Map.of(
            "content.folder", CONTENT, "template.folder", TEMPLATES, "asset.folder", ASSETS, "data.folder", DATA);

    /** A setting jbake.properties cannot have, with the line that holds it. */
    public static final class Invalid extends IOException {
        private final int line;

        Invalid(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }

        /** Where in jbake.properties the setting stands: its line, or the whole file if that is unknown. */
        public org.ispc.blog.diag.Position at() {
            return line > 0
                    ? org.ispc.blog.diag.Position.at(PROPERTIES, line, 1)
                    : org.ispc.blog.diag.Position.file(PROPERTIES);
        }
    }

    /**
     * Reads jbake.properties under the project root; a missing key takes the documented default.
     *
     * @throws Invalid for a key set twice (JBake and the build would not agree on its value), a number that is
     *     not one, or an unknown time zone
     */
    public static SiteSettings read(Path projectRoot, boolean preview, java.time.Clock clock) throws IOException {
        SourceText.Read read = SourceText.read(projectRoot.resolve(PROPERTIES), PROPERTIES, "build/settings");
        if (read.notUtf8().isPresent()) {
            throw new Invalid(
                    read.notUtf8().get().at().line(), read.notUtf8().get().message());
        }
        List<String> lines = read.text().lines().toList();
        Map<String, Integer> lineOf = keyLines(lines);
        Properties p = new Properties();
        p.load(new java.io.StringReader(String.join("\n", lines)));
        String host = p.getProperty("site.host", "http://localhost").trim();
        while (host.endsWith("/")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!host.matches("https?://[^/\\s]+(/\\S*)?")) {
            // canonical links, the feed and the sitemap put it before every address: without the scheme they
            // would read as addresses inside the site, and search engines would drop the sitemap
            throw new Invalid(
                    lineOf.getOrDefault("site.host", 0),
                    "site.host is '" + host + "', which is not a full web address; write it with https://, such as"
                            + " site.host=https://blog.example.com");
        }
        for (Map.Entry<String, String> folder : FOLDERS.entrySet()) {
            String written = p.getProperty(folder.getKey(), folder.getValue()).trim();
            if (!written.equals(folder.getValue())) {
                // JBake would read (and copy into the site) whatever folder is named, '../..' or '/etc' included
                throw new Invalid(
                        lineOf.getOrDefault(folder.getKey(), 0),
                        folder.getKey() + " is '" + written + "', but the build reads " + folder.getValue()
                                + "/ of the project only; write " + folder.getKey() + "=" + folder.getValue()
                                + " or delete the line");
            }
        }
        String timezone = p.getProperty("site.timezone", "America/New_York").trim();
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(timezone);
        } catch (java.time.DateTimeException e) {
            throw new Invalid(
                    lineOf.getOrDefault("site.timezone", 0),
                    "site.timezone is '" + timezone + "', which is not a time zone; write one such as"
                            + " America/New_York");
        }
        return new SiteSettings(
                projectRoot.toAbsolutePath().normalize(),
                preview,
                LocalDate.ofInstant(clock.instant(), zone),
                host,
                p.getProperty("site.title", "Blog").trim(),
                p.getProperty("site.description", "").trim(),
                p.getProperty("site.language", "en-US").trim(),
                timezone,
                count(p, lineOf, "index.posts_per_page", 10),
                count(p, lineOf, "related.count", 3),
                npiList(setting(p, "facts.npi", "")),
                setting(p, "facts.npiRegistryUrl", "https://npiregistry.cms.hhs.gov/api/"),
                months(p, lineOf, REVIEW_MAX_AGE_MONTHS, 12));
    }

    /** The setting of when a medical review is due again: in jbake.properties, or -Dreview.maxAgeMonths=N. */
    public static final String REVIEW_MAX_AGE_MONTHS = "review.maxAgeMonths";

    /** NPI numbers as {@code facts.npi} lists them: apart by commas or spaces. */
    public static List<String> npiList(String written) {
        return java.util.Arrays.stream(written.split("[,\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    /** A number of months: a whole number, 0 or more. */
    private static int months(Properties p, Map<String, Integer> lineOf, String key, int otherwise) throws Invalid {
        String written = setting(p, key, "" + otherwise);
        try {
            int value = Integer.parseInt(written);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Invalid(
                lineOf.getOrDefault(key, 0),
                key + " is '" + written + "', which is not a number of months; write a whole number, such as " + key
                        + "=" + otherwise);
    }

    /** A setting that counts something: a whole number, at least 1. */
    private static int count(Properties p, Map<String, Integer> lineOf, String key, int otherwise) throws Invalid {
        String written = p.getProperty(key, "" + otherwise).trim();
        try {
            int value = Integer.parseInt(written);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Invalid(
                lineOf.getOrDefault(key, 0),
                key + " is '" + written + "'; write a whole number of 1 or more, such as " + otherwise);
    }

    /**
     * The line of each key, read as java.util.Properties reads them (comments, continued lines). A key given
     * twice is refused: JBake's own reader keeps both values and uses the first, ours the last.
     */
    static Map<String, Integer> keyLines(List<String> lines) throws Invalid {
        Map<String, Integer> lineOf = new java.util.HashMap<>();
        boolean continued = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            boolean wasContinued = continued;
            continued = !line.startsWith("#") && !line.startsWith("!") && endsWithOddBackslashes(line);
            if (wasContinued || line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String key = line.split("(?<!\\\\)[=:\\s]", 2)[0];
            Integer first = lineOf.putIfAbsent(key, i + 1);
            if (first != null) {
                throw new Invalid(
                        i + 1,
                        key + " is set twice, on line " + first + " and here; keep one of the two lines (the site's"
                                + " engine would read the first value and the build's checks the last)");
            }
        }
        return lineOf;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** A setting of the file; what the command line gives instead is applied by the build (BuildOptions). */
    private static String setting(Properties p, String key, String otherwise) {
        return p.getProperty(key, otherwise).trim();
    }

    /**
     * A tag as it appears in URLs: "lower back pain" is /tags/lower-back-pain.html, "ciática" /tags/ciatica.html;
     * empty for a tag with no letter or digit an address can hold.
     */
    public static String tagSlug(String tag) {
        return org.ispc.blog.content.Slug.words(tag);
    }

    public String absolute(String rootRelativeUrl) {
        return host + rootRelativeUrl;
    }
}
