package org.ispc.blog.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.SitePath;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Position;
import org.ispc.blog.jbake.SiteSettings;

/**
 * Maps something found in a generated page back to the file a person edits: the article or page the
 * HTML came from, else the template that holds the text. Findings then name a line the writer can open.
 */
public final class SourceLocator {

    private final BuiltSite site;
    private final Map<String, String> templates = new LinkedHashMap<>();

    public SourceLocator(BuiltSite site) {
        this.site = site;
        Path dir = site.root().resolve(SiteSettings.TEMPLATES);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    templates.put(site.root().relativize(f).toString().replace('\\', '/'), FileTree.read(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The template files by path, read once. */
    public Map<String, String> templates() {
        return templates;
    }

    /** The source document a generated page came from, if it came from one. */
    public Optional<Manuscript> sourceOf(SitePath page) {
        String url = page.url();
        return site.catalog().visible(site.settings().preview()).stream()
                .filter(m -> m.url().equals(url))
                .findFirst();
    }

    /** Where {@code snippet} stands in the source of the page, else in a template, if anywhere. */
    public Optional<Position> locate(SitePath page, String snippet) {
        if (snippet == null || snippet.isBlank()) {
            return Optional.empty();
        }
        Optional<Position> inSource = sourceOf(page).flatMap(m -> SourceText.find(m.path(), m.source(), snippet));
        if (inSource.isPresent()) {
            return inSource;
        }
        // lists, teasers and related sections show other documents' titles and summaries
        for (Manuscript m : site.catalog().visible(site.settings().preview())) {
            Optional<Position> at = SourceText.find(m.path(), m.source(), snippet);
            if (at.isPresent()) {
                return at;
            }
        }
        for (Map.Entry<String, String> t : templates.entrySet()) {
            Optional<Position> at = SourceText.find(t.getKey(), t.getValue(), snippet);
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }

    /** The position to report for a page when nothing better is known: the published file. */
    public Position page(SitePath page) {
        return Position.file(site.publishedPath(page));
    }
}
