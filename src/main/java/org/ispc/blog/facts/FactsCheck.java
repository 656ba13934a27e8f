package org.ispc.blog.facts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.facts.PhoneRules.Mode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks that every phone number and office the site states agrees with data/clinic.yml: in the sources
 * writers edit, and in the pages the build generates. One instance can check a whole site, from any number
 * of threads; it remembers the verdicts on short texts it has seen.
 *
 * <p>Rules: {@code facts/retired-phone}, {@code facts/unknown-phone}, {@code facts/tel-mismatch},
 * {@code facts/typed-phone}, {@code facts/retired-office}, {@code facts/unknown-office}, {@code facts/typed-address},
 * {@code facts/unknown-address},
 * {@code facts/stale-verification}.
 */
public final class FactsCheck {

    /** What kind of source a text is, which decides whether a number typed by hand is allowed. */
    public enum SourceKind {
        /** A blog post: may type the current number, with a warning to write the attribute. */
        ARTICLE,
        /** A page such as about.adoc: the same rules as an article. */
        PAGE,
        /** A FreeMarker template: every number must come from the clinic data model. */
        TEMPLATE,
        /** jbake.properties, whose title and description every page prints: no number may be typed there. */
        SETTINGS
    }

    static final RuleId STALE_VERIFICATION = RuleId.of("facts/stale-verification");

    private final ClinicFacts facts;
    private final FactsPolicy policy;
    private final PhoneRules phoneRules;
    private final OfficeMentions offices;
    private final StreetAddresses addresses;

    /**
     * Header, footer, call to action, teasers, the tel: links and the clinic's JSON-LD repeat on every page:
     * each is judged once per check. Long runs of text are article paragraphs, seen once, and not kept; a
     * JSON-LD block is kept when it may hold a number, as the clinic's, the same on every page, does.
     */
    private final java.util.Map<Object, List<Hit>> judged = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int REPEATED_TEXT_LENGTH = 400;
    private static final int LONGEST_KEPT_TEXT = 4_000;

    public FactsCheck(ClinicFacts facts, Phones phones, FactsPolicy policy) {
        this.facts = facts;
        this.policy = policy;
        this.phoneRules = new PhoneRules(facts, new PhoneFinder(phones.util()));
        this.offices = new OfficeMentions(facts);
        this.addresses = new StreetAddresses(facts);
    }

    /**
     * Checks one source file line by line, header attribute lines ({@code :jbake-summary:}) included.
     *
     * @param relPath the file, relative to the project root, as findings name it
     * @param text the file's whole text
     * @return the findings, sorted by line and column
     */
    public List<Finding> checkSource(String relPath, String text, SourceKind kind) {
        Mode mode =
                switch (kind) {
                    case TEMPLATE -> Mode.TEMPLATE;
                    case SETTINGS -> Mode.SETTINGS;
                    case ARTICLE, PAGE -> Mode.PROSE;
                };
        LineIndex lines = new LineIndex(text);
        List<Finding> out = new ArrayList<>();
        for (int n = 1; n <= lines.count(); n++) {
            int start = lines.start(n);
            for (Hit hit : scan(lines.line(n), mode)) {
                out.add(hit.at(lines.at(relPath, start + hit.offset())));
            }
        }
        return sorted(out);
    }

    /**
     * Checks one generated page: its visible text, its pictures' descriptions (alt), its tel: links and its JSON-LD. A number typed by hand
     * is not reported here, since every page contains the current number. Each finding names the source the
     * resolver finds for it, or else the page itself at the line and column of its HTML.
     *
     * @param relOutputPath the page, relative to the project root
     */
    public List<Finding> checkPage(String relOutputPath, String html, SourceResolver resolver) {
        // Where each node stands in the HTML is needed only to place a finding, and keeping it takes half of
        // the parse: a page is parsed with positions only once it is known to have something to report.
        List<Finding> found = checkPage(relOutputPath, html, resolver, false);
        return found.isEmpty() ? found : checkPage(relOutputPath, html, resolver, true);
    }

    private List<Finding> checkPage(String relOutputPath, String html, SourceResolver resolver, boolean placed) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(placed));
        List<Finding> out = new ArrayList<>();
        PagePlacer place = placed
                ? placer(relOutputPath, html, resolver)
                : (hit, htmlIndex) -> hit.at(org.ispc.blog.diag.Position.file(relOutputPath));

        for (PageText.Run run : PageText.runs(page)) {
            for (Hit hit : scan(run.text(), Mode.OUTPUT)) {
                out.add(place.at(hit, run.sourceIndex(hit.offset(), hit.snippet(), html)));
            }
        }
        // A picture's description is read (a screen reader says it); its pixels are not (no OCR).
        for (Element picture : page.select("img[alt], area[alt], input[type=image][alt]")) {
            String alt = picture.attr("alt");
            int tag = Math.max(0, picture.sourceRange().startPos());
            for (Hit hit : scan(alt, Mode.OUTPUT)) {
                int at = html.indexOf(hit.snippet(), tag);
                out.add(place.at(hit, at >= 0 ? at : tag));
            }
        }
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            if (href.regionMatches(true, 0, "tel:", 0, 4)) {
                int tag = Math.max(0, link.sourceRange().startPos());
                var tel = new PhoneFinder.TelLink(0, 0, 0, href.substring(4), 0, link.text());
                // The link's text is part of a run above; here only the number dialled and the agreement.
                for (Hit hit : remembered(tel, () -> phoneRules.link(tel, Mode.OUTPUT, false))) {
                    int at = html.indexOf(hit.snippet(), tag);
                    out.add(place.at(hit, at >= 0 ? at : tag));
                }
            }
        }
        // All of a JSON-LD block is scanned, not only "telephone": "faxNumber" and "contactPoint" hold
        // numbers too, and libphonenumber leaves its postal codes, dates and ids alone.
        for (Element script : page.select("script[type=application/ld+json]")) {
            for (DataNode data : script.dataNodes()) {
                int start = Math.max(0, data.sourceRange().startPos());
                String json = data.getWholeData();
                for (Hit hit : json.length() <= LONGEST_KEPT_TEXT && PhoneFinder.mayHoldNumber(json)
                        ? remembered(new JsonLd(json), () -> phoneRules.scan(json, Mode.OUTPUT))
                        : phoneRules.scan(json, Mode.OUTPUT)) {
                    out.add(place.at(hit, start + hit.offset()));
                }
            }
        }
        return sorted(out);
    }

    /**
     * The problems of one line read from a published file other than a page (a PDF's line, an SVG's label, the
     * feed's summary): judged as the build's output, so that only stale or unknown facts count, and a tel: link
     * whose text shows another number than it dials. Offsets are within the line's text.
     */
    List<Hit> checkPublished(org.ispc.blog.reading.TextPiece piece) {
        // the feed's and the search index's text is an article's, fixed there; any other file's in its own document
        Mode mode = piece.article().isEmpty() ? Mode.FILE : Mode.OUTPUT;
        List<Hit> hits = new ArrayList<>(scan(piece.text(), mode));
        if (!piece.dials().isEmpty()) {
            var tel = new PhoneFinder.TelLink(0, 0, 0, piece.dials(), 0, piece.text());
            // the number dialled stands in an attribute, not in the text: the hit is placed at the link's start
            for (Hit hit : phoneRules.link(tel, mode, false)) {
                hits.add(hit.shift(-hit.offset()));
            }
        }
        return hits;
    }

    @FunctionalInterface
    private interface PagePlacer {
        Finding at(Hit hit, int htmlIndex);
    }

    /** Places a hit at its source, as the resolver finds it, or else at the page's line and column. */
    private static PagePlacer placer(String relOutputPath, String html, SourceResolver resolver) {
        LineIndex lines = new LineIndex(html);
        return (hit, htmlIndex) -> hit.at(
                resolver.locate(relOutputPath, hit.snippet()).orElseGet(() -> lines.at(relOutputPath, htmlIndex)));
    }

    private List<Hit> scan(String text, Mode mode) {
        Scanned piece = new Scanned(text, mode);
        if (text.length() > REPEATED_TEXT_LENGTH) {
            return scanOnce(piece);
        }
        return remembered(piece, () -> scanOnce(piece));
    }

    /**
     * The hits of {@code judge}, judged once per check for the same key. Not computeIfAbsent: that would hold
     * a lock of the map while libphonenumber works, and make the other pages' threads wait.
     */
    private List<Hit> remembered(Object key, java.util.function.Supplier<List<Hit>> judge) {
        List<Hit> hits = judged.get(key);
        if (hits == null) {
            hits = List.copyOf(judge.get());
            judged.putIfAbsent(key, hits);
        }
        return hits;
    }

    /** A JSON-LD block of a page, as a key of its own: its hits are those of its phone numbers. */
    private record JsonLd(String json) {}

    private List<Hit> scanOnce(Scanned piece) {
        List<Hit> hits = new ArrayList<>(phoneRules.scan(piece.text(), piece.mode()));
        hits.addAll(offices.scan(piece.text()));
        hits.addAll(addresses.scan(piece.text(), piece.mode()));
        return List.copyOf(hits);
    }

    /** A text and how it is judged: the same pair always gives the same hits. */
    private record Scanned(String text, Mode mode) {}

    /**
     * Whether a person confirmed the facts recently enough: a warning when {@code verified:} is older than
     * the policy allows or lies in the future, an error instead when the policy is strict.
     *
     * @param verifiedAt where {@code verified:} is written, from {@link ClinicFactsLoader.Loaded#verifiedAt()}
     */
    public List<Finding> checkFreshness(Position verifiedAt) {
        long age = ChronoUnit.DAYS.between(facts.verified(), policy.today());
        Severity severity = policy.strict() ? Severity.ERROR : Severity.WARNING;
        String fix = "confirm every fact in data/clinic.yml with the clinic (name, phone numbers, offices),"
                + " then set verified: to today's date, " + policy.today();
        if (age > policy.maxAgeDays()) {
            return List.of(new Finding(
                    verifiedAt,
                    severity,
                    STALE_VERIFICATION,
                    "the clinic's facts were last confirmed on " + facts.verified() + ", " + age
                            + " days ago, and may be " + policy.maxAgeDays() + " days old at most; " + fix));
        }
        if (age < 0) {
            return List.of(new Finding(
                    verifiedAt,
                    severity,
                    STALE_VERIFICATION,
                    "verified: " + facts.verified() + " is a day still to come; " + fix));
        }
        return List.of();
    }

    /**
     * Writes the findings as JSON for machines: {@code {"errors":N,"warnings":N,"findings":[...]}}, sorted
     * by path, line and column, so that two builds of the same site write the same bytes.
     */
    public static void writeReport(Path file, List<Finding> findings) throws IOException {
        writeReport(file, findings, List.of());
    }

    /**
     * The report with the list of every file of the site the check looked at, and its kind, after the findings:
     * {@code "files":[{"path":"target/www/feed.xml","kind":"feed","read":true},...]}.
     */
    static void writeReport(Path file, List<Finding> findings, List<PublishedFiles.Listed> files) throws IOException {
        List<ReportEntry> entries = sorted(findings).stream()
                .map(f -> new ReportEntry(
                        f.at().path(),
                        f.at().page(),
                        f.at().line(),
                        f.at().column(),
                        f.severity().label(),
                        f.rule().toString(),
                        f.message()))
                .toList();
        long errors = findings.stream().filter(Finding::isError).count();
        Report report = new Report(errors, findings.size() - errors, entries, files);
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        byte[] json = new ObjectMapper().writer(pretty).writeValueAsBytes(report);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, (new String(json, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @JsonPropertyOrder({"errors", "warnings", "findings", "files"})
    record Report(
            long errors,
            long warnings,
            List<ReportEntry> findings,

            @com.fasterxml.jackson.annotation.JsonInclude(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
            List<PublishedFiles.Listed> files) {}

    @JsonPropertyOrder({"path", "page", "line", "column", "severity", "rule", "message"})
    record ReportEntry(
            String path,

            @com.fasterxml.jackson.annotation.JsonInclude(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
            int page,

            int line,
            int column,
            String severity,
            String rule,
            String message) {}

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(null);
        return List.copyOf(out);
    }
}
