package org.ispc.blog.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One source document as the writer wrote it and as the converter understood it: the build's own view of
 * an article or page, independent of JBake's document model.
 *
 * @param path source path relative to the project root, e.g. {@code content/blog/sciatica.adoc}
 * @param url the root-relative clean URL, e.g. {@code /blog/sciatica/}
 * @param type {@code post} or {@code page}
 * @param summary the {@code :jbake-summary:}, empty when missing
 * @param relatedPins the files named by {@code :jbake-related:}, as written
 * @param updatedOn the {@code :jbake-updated:} day: when the writer last changed what the article says
 * @param bodyHtml the converted body (empty for documents that are not published and not previewed)
 * @param ids every element id in the body, for checking {@code xref:file.adoc#id} anchors
 * @param source the file's text, for checks that need lines and columns
 * @param markup what the body is written in
 * @param propertiesHeaderLines how many lines at the top are JBake's properties header (with its separator line),
 *     0 when the file has none
 */
public record Manuscript(
        String path,
        String url,
        String type,
        Publication publication,
        String title,
        Optional<LocalDate> date,
        String author,
        List<String> tags,
        String summary,
        List<String> relatedPins,
        Optional<String> reviewedBy,
        Optional<LocalDate> reviewedOn,
        Optional<LocalDate> updatedOn,
        String bodyHtml,
        Set<String> ids,
        String source,
        Markup markup,
        int propertiesHeaderLines) {

    public Manuscript {
        tags = List.copyOf(tags);
        relatedPins = List.copyOf(relatedPins);
        ids = Set.copyOf(ids);
    }

    /** The source with JBake's properties header left as empty lines: the body, on the lines of the file. */
    public String sourceBelowHeader() {
        return PropertiesHeader.blankFirstLines(source, propertiesHeaderLines);
    }

    public boolean isPost() {
        return "post".equals(type);
    }

    public boolean isPublished() {
        return publication == Publication.PUBLISHED;
    }

    /**
     * The topics as they appear in addresses, once each, in the order written: "ciática, Nerve pain" gives
     * {@code ciatica} and {@code nerve-pain}; a topic that cannot have a page ({@link TopicAddress}) is left out.
     */
    public List<String> tagSlugs() {
        return tags.stream()
                .map(TopicAddress::of)
                .flatMap(java.util.Optional::stream)
                .distinct()
                .toList();
    }

    /**
     * The last day the article's content changed or was confirmed: the latest of its date, its update and its
     * medical review, for search engines and feed readers ({@code dateModified}, {@code lastmod}, {@code updated}).
     */
    public LocalDate lastModified(LocalDate published) {
        return java.util.stream.Stream.of(updatedOn, reviewedOn)
                .flatMap(Optional::stream)
                .filter(published::isBefore)
                .max(java.util.Comparator.naturalOrder())
                .orElse(published);
    }

    /** The file name, which is how writers name an article in {@code xref:} and {@code :jbake-related:}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
