package org.ispc.blog.jbake;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.ispc.blog.asciidoc.AsciidocConverter;
import org.ispc.blog.asciidoc.Converted;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.Publication;
import org.ispc.blog.content.Slug;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Suggestion;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserEngine;

/**
 * JBake's parser for AsciiDoc files, replacing the stock one: each file is parsed once, in SAFE mode, and
 * only documents that readers may see today are handed to JBake. Drafts and scheduled articles therefore
 * never reach the content store, so no page, list, tag, feed or sitemap can show them.
 */
final class ArticleEngine implements ParserEngine {

    static final Set<String> TYPES = Set.of("post", "page");
    /** The header lines the build reads (README, "Writing an article"). */
    static final Set<String> HEADERS = Set.of(
            "jbake-type",
            "jbake-status",
            "jbake-date",
            "jbake-tags",
            "jbake-summary",
            "jbake-related",
            "jbake-reviewed-by",
            "jbake-reviewed-on",
            "jbake-updated");

    private static final java.util.regex.Pattern HEADER_BEFORE_NO_BREAK_SPACE =
            java.util.regex.Pattern.compile("^(:[A-Za-z0-9_-]+:)\u00A0");

    private final AsciidocConverter converter;
    private final Path projectRoot;
    private final Path partialsRoot;
    private final SiteSettings settings;
    private final Catalog catalog;
    private final Findings findings;

    ArticleEngine(
            AsciidocConverter converter, Path projectRoot, SiteSettings settings, Catalog catalog, Findings findings) {
        this.converter = converter;
        this.projectRoot = projectRoot;
        this.partialsRoot = projectRoot.resolve(SiteSettings.PARTIALS);
        this.settings = settings;
        this.catalog = catalog;
        this.findings = findings;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Path abs = file.toPath().toAbsolutePath().normalize();
        if (abs.startsWith(partialsRoot)) {
            return null; // pieces for include:: only, never pages of their own
        }
        String path = projectRoot.relativize(abs).toString().replace(File.separatorChar, '/');
        Optional<Finding> badName = fileNameProblem(path, abs.getFileName().toString());
        if (badName.isPresent()) {
            // published as it is, the name would make an address with spaces or capitals, and every link to it
            // would be reported broken or invalid: one message here instead, and no page
            findings.add(badName.get());
            return null;
        }
        String source;
        Optional<Finding> notUtf8;
        try {
            SourceText.Read read = SourceText.read(abs, path, "content/unreadable");
            notUtf8 = read.notUtf8();
            notUtf8.ifPresent(findings::add);
            source = read.text();
        } catch (java.io.IOException e) {
            findings.add(Finding.error(
                    Position.file(path), "content/unreadable", "cannot read this file: " + e.getMessage()));
            return null;
        }
        Converted converted;
        try {
            converted = converter.convert(abs);
            findings.addAll(converted.findings());
        } catch (RuntimeException e) {
            if (notUtf8.isEmpty()) { // else Asciidoctor only says again, without the line, what notUtf8 says
                findings.add(Finding.error(
                        Position.file(path),
                        "asciidoc/error",
                        "Asciidoctor could not read this file: " + e.getMessage()));
            }
            return null;
        }
        Manuscript manuscript = manuscript(path, source, converted);
        if (manuscript == null) {
            return null;
        }
        catalog.add(manuscript, converted.reading());
        if (!manuscript.isPublished() && !settings.preview()) {
            return null;
        }
        return documentModel(manuscript);
    }

    private Manuscript manuscript(String path, String source, Converted converted) {
        noBreakSpaceInHeader(path, source);
        Map<String, String> a = converted.attributes();
        String type = a.getOrDefault("jbake-type", "");
        if (type.isEmpty()) {
            findings.add(Finding.error(
                    Position.at(path, 1, 1),
                    "content/missing-type",
                    "the header has no ':jbake-type:' line; add ':jbake-type: post' for an article or"
                            + " ':jbake-type: page' for a page"));
            return null;
        }
        if (!TYPES.contains(type)) {
            findings.add(Finding.error(
                    at(path, source, ":jbake-type:"),
                    "content/unknown-type",
                    "':jbake-type: " + type
                            + "' is not a known type; write 'post' for an article or 'page' for a page"));
            return null;
        }
        unknownHeaders(path, source, a);
        Optional<LocalDate> date = date(path, source, "jbake-date", a);
        String status = a.get("jbake-status");
        if (status != null && !status.isBlank() && !Publication.STATUSES.contains(status)) {
            // still a draft (nothing is published by accident), but "Published" or "publised" meant to publish
            findings.add(Finding.error(
                    at(path, source, ":jbake-status:"),
                    "content/unknown-status",
                    "':jbake-status: " + status + "' is not a status the build knows; write 'published' to publish"
                            + " the article or 'draft' to keep it out of the site (until then it stays out)"));
        }
        Publication publication = Publication.of(status, date.orElse(null), settings.today());
        if (publication == Publication.SCHEDULED) {
            farFuture(path, source, date.orElseThrow());
        }
        return new Manuscript(
                path,
                urlOf(path),
                type,
                publication,
                converted.title(),
                date,
                a.getOrDefault("author", ""),
                list(a.get("jbake-tags")),
                a.getOrDefault("jbake-summary", ""),
                list(a.get("jbake-related")),
                Optional.ofNullable(a.get("jbake-reviewed-by")).filter(s -> !s.isBlank()),
                date(path, source, "jbake-reviewed-on", a),
                date(path, source, "jbake-updated", a),
                converted.bodyHtml(),
                converted.ids(),
                source);
    }

    private Optional<LocalDate> date(String path, String source, String key, Map<String, String> a) {
        String written = a.get(key);
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(written.trim()));
        } catch (DateTimeParseException e) {
            findings.add(Finding.error(
                    at(path, source, ":" + key + ":"),
                    "content/bad-date",
                    "'" + written + "' is not a date; write year-month-day, such as 2026-03-14"));
            return Optional.empty();
        }
    }

    /** The file name becomes the address: lower-case letters, digits and single hyphens, or a message saying so. */
    private static Optional<Finding> fileNameProblem(String path, String name) {
        int dot = name.lastIndexOf('.');
        String base = name.substring(0, dot);
        if (Slug.isSlug(base)) {
            return Optional.empty();
        }
        String suggestion = Slug.words(base);
        return Optional.of(Finding.error(
                Position.at(path, 1, 1),
                "content/file-name",
                "the file name '" + name + "' becomes the page's address, which takes lower-case letters, digits"
                        + " and single hyphens only; rename the file"
                        + (suggestion.isEmpty() ? "" : " to '" + suggestion + name.substring(dot) + "'")));
    }

    /**
     * A header line the build does not read is a misspelling ({@code :jbake-summery:}, {@code :jbake-tag:}),
     * whose value would be dropped without a word: an error, with the line meant.
     */
    private void unknownHeaders(String path, String source, Map<String, String> attributes) {
        for (String name : attributes.keySet()) {
            if (!name.startsWith("jbake-") || HEADERS.contains(name)) {
                continue;
            }
            String hint = Suggestion.closest(name, HEADERS)
                    .map(meant -> "did you mean ':" + meant + ":'?")
                    .orElse("the header lines are "
                            + String.join(
                                    ", ",
                                    HEADERS.stream()
                                            .sorted()
                                            .map(h -> ":" + h + ":")
                                            .toList()));
            findings.add(Finding.error(
                    at(path, source, ":" + name + ":"),
                    "content/unknown-header",
                    "':" + name + ":' is not a header line the build reads, so its value is ignored; " + hint));
        }
    }

    /**
     * A scheduled article dated more than a year ahead: nearly always a mistyped year (2062 for 2026), which would
     * keep it off the site for decades.
     */
    private void farFuture(String path, String source, LocalDate date) {
        long years = java.time.temporal.ChronoUnit.YEARS.between(settings.today(), date);
        if (years >= 1) {
            findings.add(Finding.warning(
                    at(path, source, ":jbake-date:"),
                    "content/far-future-date",
                    "the article is dated " + date + ", " + (years == 1 ? "a year" : years + " years")
                            + " from now, so it stays off the site until that day; if the year is mistyped, write the"
                            + " day it should appear"));
        }
    }

    /**
     * A header line whose name is followed by a no-break space (pasted from a word processor): AsciiDoc does not
     * read it as a header line, so ':jbake-status: published' silently leaves the article a draft. Drafts are not
     * linted, so this is looked for here, in every document.
     */
    private void noBreakSpaceInHeader(String path, String source) {
        int line = 0;
        for (String text : (Iterable<String>) source.lines()::iterator) {
            line++;
            if (line > 1 && text.isBlank()) {
                return; // the header ends at its first empty line
            }
            Matcher header = HEADER_BEFORE_NO_BREAK_SPACE.matcher(text);
            if (header.find()) {
                findings.add(Finding.error(
                        Position.at(path, line, header.end()),
                        "lint/no-break-space",
                        "a no-break space (pasted from a word processor) follows '" + header.group(1) + "', and"
                                + " AsciiDoc needs an ordinary space there to read the header line; delete the space"
                                + " and type it again"));
            }
        }
    }

    private static Position at(String path, String source, String prefix) {
        return SourceText.lineStartingWith(path, source, prefix).orElse(Position.file(path));
    }

    /** content/blog/sciatica.adoc is served at /blog/sciatica/, as JBake's clean URLs do. */
    static String urlOf(String path) {
        String inContent = path.substring(SiteSettings.CONTENT.length() + 1);
        int dot = inContent.lastIndexOf('.');
        return "/" + (dot < 0 ? inContent : inContent.substring(0, dot)) + "/";
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    private DocumentModel documentModel(Manuscript m) {
        DocumentModel doc = new DocumentModel();
        doc.setTitle(m.title());
        doc.setType(m.type());
        // JBake lists only "published" documents; in the preview, drafts are shown too, with their label
        doc.setStatus("published");
        doc.setDate(Date.from(m.date()
                .orElse(settings.today())
                .atStartOfDay(ZoneId.of(settings.timezone()))
                .toInstant()));
        doc.setTags(m.tagSlugs().toArray(String[]::new));
        doc.setBody(m.bodyHtml());
        doc.put("summary", m.summary());
        doc.put("author", m.author());
        doc.put("source_path", m.path());
        doc.put("publication", m.publication().label());
        return doc;
    }

    @Override
    @SuppressWarnings("deprecation")
    public Map<String, Object> parse(
            org.apache.commons.configuration2.Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("JBake 2.7 calls parse(JBakeConfiguration, File)");
    }
}
