package org.ispc.blog.content;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every source document of one bake, published or not, keyed by its path. Filled while JBake crawls
 * (possibly from several threads), read by the checks and templates afterwards.
 */
public final class Catalog {

    /** Newest first; then by path, so that equal dates keep a stable order. */
    public static final Comparator<Manuscript> NEWEST_FIRST = Comparator.comparing(
                    (Manuscript m) -> m.date().orElse(java.time.LocalDate.MIN))
            .reversed()
            .thenComparing(Manuscript::path);

    private final Map<String, Manuscript> byPath = new ConcurrentHashMap<>();
    private final Map<String, BodyReading> readings = new ConcurrentHashMap<>();

    /** The first image of a body, which pages use as the article's picture when it is shared. */
    public record LeadImage(String src, String alt) {}

    /** Adds a document; its body is read when first asked for. */
    public void add(Manuscript manuscript) {
        byPath.put(manuscript.path(), manuscript);
        readings.remove(manuscript.path());
    }

    /** Adds a document whose body was read already, as the converter does. */
    public void add(Manuscript manuscript, BodyReading reading) {
        byPath.put(manuscript.path(), manuscript);
        readings.put(manuscript.path(), reading);
    }

    /** The body as plain text, worked out once per version of the document for everyone who needs it. */
    public String plainText(Manuscript manuscript) {
        return reading(manuscript).plainText();
    }

    /** The body's first image with a site path, if any. */
    public Optional<LeadImage> leadImage(Manuscript manuscript) {
        return reading(manuscript).lead();
    }

    /** The body's text, first image and sections, worked out once per version of the document. */
    public BodyReading reading(Manuscript manuscript) {
        return readings.computeIfAbsent(manuscript.path(), path -> BodyReading.of(manuscript.bodyHtml()));
    }

    public Optional<Manuscript> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** All documents, sorted by path. */
    public List<Manuscript> all() {
        return byPath.values().stream()
                .sorted(Comparator.comparing(Manuscript::path))
                .toList();
    }

    /** Published articles (type post), newest first. */
    public List<Manuscript> publishedPosts() {
        return byPath.values().stream()
                .filter(m -> m.isPost() && m.isPublished())
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /** The documents that reach the site being built: published ones, or all of them in the preview. */
    public List<Manuscript> visible(boolean preview) {
        return all().stream().filter(m -> preview || m.isPublished()).toList();
    }
}
