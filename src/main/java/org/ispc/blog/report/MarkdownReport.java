package org.ispc.blog.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.Publication;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.GuideLinks;
import org.ispc.blog.writer.NewArticle;

/**
 * Writes the content report as Markdown, the format the Maven site plugin reads from
 * target/generated-site/markdown. Every value from the articles is escaped, so a title can hold any
 * character without turning into a link, a table column or typography.
 */
public final class MarkdownReport {

    /** The checks whose findings the report lists under their own heading, in this order. */
    private static final Map<String, String> FINDING_GROUPS = groups();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\b" + NewArticle.PLACEHOLDER + "\\b");

    private final ContentState state;
    private final StringBuilder out = new StringBuilder();

    private MarkdownReport(ContentState state) {
        this.state = state;
    }

    /** The whole report, as one Markdown page. */
    public static String render(ContentState state) {
        MarkdownReport report = new MarkdownReport(state);
        report.write();
        return report.out.toString();
    }

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("facts/", "Clinic facts");
        groups.put("lint/", "Lint");
        groups.put("links/", "Links");
        return groups;
    }

    private void write() {
        line("# Content report");
        line("");
        line("The state of every article on " + state.today() + ", from a preview build of content/: drafts and"
                + " scheduled articles are included. `mvn site` writes this page again each time it runs.");
        line("");
        if (!state.complete()) {
            line("**The build stopped before it could list the articles.** Fix the errors under \"Findings of"
                    + " the checks\" below, then run `mvn site` again.");
            line("");
        }
        summary();
        scheduled();
        drafts();
        reviewDue();
        placeholders();
        tags();
        findings();
        inventory();
    }

    private void summary() {
        line("## Summary");
        line("");
        List<Manuscript> articles = state.articles();
        long errors = state.findings().stream().filter(Finding::isError).count();
        table(
                List.of("What", "How many"),
                List.of(
                        List.of("Published articles", count(articles, Manuscript::isPublished)),
                        List.of("Scheduled articles", count(articles, m -> is(m, Publication.SCHEDULED))),
                        List.of("Drafts", count(articles, m -> is(m, Publication.DRAFT))),
                        List.of("Pages", String.valueOf(state.pages().size())),
                        List.of("Articles due for medical review", count(articles, state::reviewDue)),
                        List.of("Errors found by the checks", String.valueOf(errors)),
                        List.of(
                                "Warnings found by the checks",
                                String.valueOf(state.findings().size() - errors))));
    }

    private void scheduled() {
        line("## Scheduled articles");
        line("");
        line("Status published with a date still to come: each appears on the site with the first build on or"
                + " after its date.");
        line("");
        List<List<String>> rows = state.documents().stream()
                .filter(m -> is(m, Publication.SCHEDULED))
                .sorted(Comparator.comparing((Manuscript m) -> m.date().orElse(LocalDate.MAX))
                        .thenComparing(Manuscript::path))
                .map(m -> List.of(date(m.date()), text(m.title()), code(m.path()), text(m.author())))
                .toList();
        table(List.of("Publishes on", "Title", "File", "Author"), rows);
    }

    private void drafts() {
        line("## Drafts");
        line("");
        line("Status draft, or no status: never on the site until the status is set to published.");
        line("");
        List<List<String>> rows = state.documents().stream()
                .filter(m -> is(m, Publication.DRAFT))
                .sorted(Catalog.NEWEST_FIRST)
                .map(m -> List.of(text(m.title()), code(m.path()), date(m.date()), text(m.author())))
                .toList();
        table(List.of("Title", "File", "Date", "Author"), rows);
    }

    private void reviewDue() {
        line("## Due for medical review");
        line("");
        line("Articles never reviewed by a clinician, or last reviewed more than " + state.reviewMaxAgeMonths()
                + " months ago. Once a clinician has reviewed one, set `:jbake-reviewed-by:` and"
                + " `:jbake-reviewed-on:` in its header.");
        line("");
        List<List<String>> rows = state.articles().stream()
                .filter(state::reviewDue)
                .sorted(Comparator.comparing((Manuscript m) -> m.reviewedOn().orElse(LocalDate.MIN))
                        .thenComparing(Manuscript::path))
                .map(m -> List.of(
                        text(m.title()),
                        code(m.path()),
                        status(m),
                        text(m.reviewedBy().orElse("")),
                        date(m.reviewedOn()),
                        text(reviewAge(m))))
                .toList();
        table(List.of("Title", "File", "Status", "Reviewed by", "Reviewed on", "Why"), rows);
    }

    private String reviewAge(Manuscript m) {
        return m.reviewedOn()
                .map(on -> "reviewed " + ChronoUnit.MONTHS.between(on, state.today()) + " months ago")
                .orElse(m.reviewedBy().isPresent() ? "no review date" : "never reviewed");
    }

    private void placeholders() {
        line("## Text still to write");
        line("");
        line("Lines that still hold the " + code(NewArticle.PLACEHOLDER) + " placeholders of `mvn -Pnew`: replace"
                + " them before publishing.");
        line("");
        List<List<String>> rows = new ArrayList<>();
        for (Manuscript m : state.documents()) {
            List<String> lines = new ArrayList<>();
            String[] source = m.source().split("\\R", -1);
            for (int i = 0; i < source.length; i++) {
                if (PLACEHOLDER.matcher(source[i]).find()) {
                    lines.add(String.valueOf(i + 1));
                }
            }
            if (!lines.isEmpty()) {
                rows.add(List.of(code(m.path()), status(m), text(String.join(", ", lines))));
            }
        }
        table(List.of("File", "Status", "Lines"), rows);
    }

    private void tags() {
        line("## Tags");
        line("");
        line("How many articles carry each tag; tags written differently but with the same address (such as"
                + " \"Nerve pain\" and \"nerve pain\") count as one.");
        line("");
        Map<String, TagCount> bySlug = new TreeMap<>();
        Map<String, String> labels = org.ispc.blog.content.TopicLabels.of(state.articles());
        for (Manuscript m : state.articles()) {
            for (String slug : m.tagSlugs()) {
                bySlug.computeIfAbsent(slug, s -> new TagCount(labels.get(s))).add(m);
            }
        }
        List<List<String>> rows = bySlug.values().stream()
                .sorted(Comparator.comparingInt(TagCount::all).reversed().thenComparing(t -> t.name))
                .map(t -> List.of(text(t.name), String.valueOf(t.published), String.valueOf(t.all)))
                .toList();
        table(List.of("Tag", "Published articles", "All articles"), rows);
    }

    /** One tag's articles, named as most articles write it. */
    private static final class TagCount {
        private final String name;
        private int published;
        private int all;

        TagCount(String name) {
            this.name = name;
        }

        void add(Manuscript m) {
            all++;
            if (m.isPublished()) {
                published++;
            }
        }

        int all() {
            return all;
        }
    }

    private void findings() {
        line("## Findings of the checks");
        line("");
        line("What a build reports, as `file:line:column`. Errors stop `mvn package` from publishing; warnings"
                + " are printed and the site is still published. Each rule links to its entry in the "
                + link("writer's guide", GuideLinks.PAGE) + ". In this preview build, links to drafts and"
                + " scheduled articles are allowed and the HTML validity check does not run: `mvn package`"
                + " reports those.");
        line("");
        List<Finding> rest = new ArrayList<>(state.findings());
        for (Map.Entry<String, String> group : FINDING_GROUPS.entrySet()) {
            line("### " + group.getValue() + " (" + group.getKey() + "...)");
            line("");
            List<Finding> in = rest.stream()
                    .filter(f -> f.rule().toString().startsWith(group.getKey()))
                    .toList();
            rest.removeAll(in);
            findingTable(in);
        }
        line("### Other messages");
        line("");
        findingTable(rest);
    }

    private void findingTable(List<Finding> findings) {
        table(
                List.of("Where", "Level", "Message", "Rule"),
                findings.stream()
                        .map(f -> List.of(
                                code(f.at().toString()),
                                f.severity().label(),
                                text(f.message()),
                                link(f.rule().toString(), GuideLinks.link(f.rule()))))
                        .toList());
    }

    private void inventory() {
        line("## Article inventory");
        line("");
        line("Every article, newest first.");
        line("");
        table(
                List.of("Title", "File", "Status", "Date", "Updated", "Tags", "Reviewed by", "Reviewed on"),
                state.articles().stream()
                        .sorted(Catalog.NEWEST_FIRST)
                        .map(m -> List.of(
                                text(m.title()),
                                code(m.path()),
                                status(m),
                                date(m.date()),
                                date(m.updatedOn()),
                                text(String.join(", ", m.tags())),
                                text(m.reviewedBy().orElse("")),
                                date(m.reviewedOn())))
                        .toList());
        line("### Pages");
        line("");
        table(
                List.of("Title", "File", "Status"),
                state.pages().stream()
                        .map(m -> List.of(text(m.title()), code(m.path()), status(m)))
                        .toList());
    }

    private static boolean is(Manuscript m, Publication publication) {
        return m.publication() == publication;
    }

    private static String count(List<Manuscript> documents, Predicate<Manuscript> which) {
        return String.valueOf(documents.stream().filter(which).count());
    }

    private static String status(Manuscript m) {
        return m.isPublished() ? "Published" : m.publication().label();
    }

    private static String date(java.util.Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    private void table(List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            line("None.");
            line("");
            return;
        }
        line("| " + String.join(" | ", headers) + " |");
        line("|" + " --- |".repeat(headers.size()));
        for (List<String> row : rows) {
            line("| " + String.join(" | ", row) + " |");
        }
        line("");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /**
     * Plain text for Markdown: every ASCII punctuation character is escaped, so that nothing a writer typed
     * becomes emphasis, a link, a table column or typographic quotes and dashes.
     */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        value.replaceAll("\\s+", " ").strip().codePoints().forEach(cp -> {
            if (cp < 128 && isPunctuation(cp)) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(cp);
        });
        return escaped.toString();
    }

    private static boolean isPunctuation(int cp) {
        return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(cp) >= 0;
    }

    /** A path or other literal, in code font; the values here (paths, positions) hold no backtick or bar. */
    static String code(String value) {
        return "`" + value.replace("`", "'").replace("|", "/") + "`";
    }

    private static String link(String label, String href) {
        return "[" + text(label) + "](" + href + ")";
    }
}
