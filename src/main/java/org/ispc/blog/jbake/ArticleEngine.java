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
import org.ispc.blog.content.LeadSummary;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.Markup;
import org.ispc.blog.content.PropertiesHeader;
import org.ispc.blog.content.Publication;
import org.ispc.blog.content.Slug;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.content.TopicAddress;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Suggestion;
import org.ispc.blog.markup.MarkupConverter;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserEngine;

/**
 * JBake's parser for AsciiDoc, Markdown and HTML files, replacing the stock ones: each file is parsed once (AsciiDoc
 * in SAFE mode), and
 * only documents that readers may see today are handed to JBake. Drafts and scheduled articles therefore
 * never reach the content store, so no page, list, tag, feed or sitemap can show them.
 */
final class ArticleEngine implements ParserEngine {

    static final Set<String> TYPES = Set.of("post", "page");
    /**
     * The header fields the build reads (README, "Writing an article"), as {@code :jbake-NAME:} or, in JBake's
     * properties header, {@code NAME=}; {@code title} and {@code author} are JBake's way to give the title and the
     * author line in a properties header.
     */
    static final Set<String> FIELDS = Set.of(
            "title",
            "author",
            "type",
            "status",
            "date",
            "tags",
            "summary",
            "related",
            "reviewed-by",
            "reviewed-on",
            "updated");

    /** A header field close to one the build reads: a misspelling, whose value would be lost. */
    static final String UNKNOWN_HEADER = "content/unknown-header";
    /** The most a summary shows, in lists and search results. */
    private static final int MAX_SUMMARY = 160;

    private static final java.util.regex.Pattern HEADER_BEFORE_NO_BREAK_SPACE =
            java.util.regex.Pattern.compile("^(:[A-Za-z0-9_-]+:)\u00A0");

    private final AsciidocConverter converter;
    private final MarkupConverter markupConverter;
    private final Path projectRoot;
    private final Path partialsRoot;
    private final SiteSettings settings;
    private final PropertiesHeader.Rules headerRules;
    private final Catalog catalog;
    private final Findings findings;

    ArticleEngine(
            AsciidocConverter converter,
            MarkupConverter markupConverter,
            Path projectRoot,
            SiteSettings settings,
            PropertiesHeader.Rules headerRules,
            Catalog catalog,
            Findings findings) {
        this.converter = converter;
        this.markupConverter = markupConverter;
        this.headerRules = headerRules;
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
        Markup markup = markupOf(path);
        Converted converted;
        if (markup != Markup.ASCIIDOC) {
            converted = markupConverter.convert(path, source, markup, PropertiesHeader.of(source, headerRules));
            findings.addAll(converted.findings());
        } else
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
        Map<String, Object> extras = new java.util.TreeMap<>();
        Manuscript manuscript = manuscript(path, source, converted, extras, markup);
        if (manuscript == null) {
            return null;
        }
        catalog.add(manuscript, converted.reading());
        if (!manuscript.isPublished() && !settings.preview()) {
            return null;
        }
        DocumentModel doc = documentModel(manuscript);
        // as JBake does: every other header field reaches the templates as content.NAME (content['jbake-NAME'] too
        // for an AsciiDoc attribute), where it does not take the place of one JBake or the build sets
        extras.forEach((name, value) -> {
            doc.putIfAbsent(name, value);
            if (converted.attributes().containsKey(HeaderFields.PREFIX + name)) {
                doc.putIfAbsent(HeaderFields.PREFIX + name, value);
            }
        });
        return doc;
    }

    private Manuscript manuscript(
            String path, String source, Converted converted, Map<String, Object> extras, Markup markup) {
        noBreakSpaceInHeader(path, source);
        Optional<PropertiesHeader> properties = PropertiesHeader.of(source, headerRules);
        HeaderFields header = new HeaderFields(path, source, converted.attributes(), properties);
        String type = header.value("type").orElse("").trim();
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
                    header.at("type"),
                    "content/unknown-type",
                    "'" + header.written("type") + " " + type
                            + "' is not a known type; write 'post' for an article or 'page' for a page"));
            return null;
        }
        unknownHeaders(header, extras);
        Optional<LocalDate> date = date(header, "date");
        if (date.isEmpty() && header.value("date").isEmpty()) {
            date = revisionDate(header);
        }
        String status = header.value("status").orElse(null);
        if (status != null && !status.isBlank() && !Publication.STATUSES.contains(status)) {
            // still a draft (nothing is published by accident), but "Published" or "publised" meant to publish
            findings.add(Finding.error(
                    header.at("status"),
                    "content/unknown-status",
                    "'" + header.written("status") + " " + status + "' is not a status the build knows; write"
                            + " 'published' to publish the article or 'draft' to keep it out of the site (until then"
                            + " it stays out)"));
        }
        Publication publication = Publication.of(status, date.orElse(null), settings.today());
        if (publication == Publication.SCHEDULED) {
            farFuture(header, date.orElseThrow());
        }
        String summary = header.value("summary").orElse("");
        if (summary.isBlank()) {
            // JBake has no summary field: lists, search and shared links show the article's opening instead
            summary = LeadSummary.of(converted.bodyHtml(), MAX_SUMMARY);
        }
        List<String> tags = list(header.value("tags").orElse(null));
        findings.addAll(TopicAddress.problems(header.at("tags"), source, tags));
        return new Manuscript(
                path,
                urlOf(path),
                type,
                publication,
                header.value("title").filter(t -> !t.isBlank()).orElse(converted.title()),
                date,
                header.value("author").or(() -> header.attribute("author")).orElse(""),
                tags,
                summary,
                list(header.value("related").orElse(null)),
                header.value("reviewed-by").filter(s -> !s.isBlank()),
                date(header, "reviewed-on"),
                date(header, "updated"),
                converted.bodyHtml(),
                converted.ids(),
                source,
                markup,
                properties.map(PropertiesHeader::separatorLine).orElse(0));
    }

    private Optional<LocalDate> date(HeaderFields header, String field) {
        Optional<String> written = header.value(field);
        if (written.isEmpty() || written.get().isBlank()) {
            return Optional.empty();
        }
        return parsedDate(written.get(), header.at(field));
    }

    /**
     * The date of AsciiDoc's revision line (the line under the author line) or of {@code :revdate:}, which JBake
     * takes as the document's date when the header gives none.
     */
    private Optional<LocalDate> revisionDate(HeaderFields header) {
        return header.attribute("revdate").flatMap(revdate -> parsedDate(revdate, header.find(revdate)));
    }

    private Optional<LocalDate> parsedDate(String written, Position at) {
        try {
            return Optional.of(LocalDate.parse(written.trim()));
        } catch (DateTimeParseException e) {
            findings.add(Finding.error(
                    at,
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
     * A header field close to one the build reads is a misspelling ({@code :jbake-summery:}, {@code :jbake-tag:}),
     * whose value would be dropped without a word: an error, with the field meant. Any other field reaches the
     * templates as JBake passes it, as {@code content.NAME}.
     */
    private void unknownHeaders(HeaderFields header, Map<String, Object> extras) {
        header.all().forEach((field, written) -> {
            if (FIELDS.contains(field)) {
                return;
            }
            Optional<String> meant = Suggestion.closest(field, FIELDS);
            if (meant.isEmpty()) {
                extras.put(field, header.value(field).orElse(""));
                return;
            }
            String meantWritten =
                    written.endsWith("=") ? meant.get() + "=" : ":" + HeaderFields.PREFIX + meant.get() + ":";
            findings.add(Finding.error(
                    header.at(field),
                    UNKNOWN_HEADER,
                    "'" + written + "' is not a header line the build reads, so its value is ignored; did you mean '"
                            + meantWritten + "'?"));
        });
    }

    /**
     * A scheduled article dated more than a year ahead: nearly always a mistyped year (2062 for 2026), which would
     * keep it off the site for decades.
     */
    private void farFuture(HeaderFields header, LocalDate date) {
        long years = java.time.temporal.ChronoUnit.YEARS.between(settings.today(), date);
        if (years >= 1) {
            findings.add(Finding.warning(
                    header.at("date"),
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

    /** What a content file is written in, by its extension, as JBake's parsers are chosen. */
    static Markup markupOf(String path) {
        if (path.endsWith(".md")) {
            return Markup.MARKDOWN;
        }
        return path.endsWith(".html") ? Markup.HTML : Markup.ASCIIDOC;
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
