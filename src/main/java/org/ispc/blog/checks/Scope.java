package org.ispc.blog.checks;

import java.util.Set;
import org.ispc.blog.content.SitePath;
import org.ispc.blog.diag.Finding;

/**
 * What a build has to look at again: everything after a full bake; after the preview re-rendered an edit,
 * only the sources edited and the site pages written again ({@code blog/x/index.html}).
 */
public record Scope(boolean wholeSite, Set<String> sources, Set<SitePath> pages) {

    private static final Scope EVERYTHING = new Scope(true, Set.of(), Set.of());

    public Scope {
        sources = Set.copyOf(sources);
        pages = Set.copyOf(pages);
    }

    public static Scope everything() {
        return EVERYTHING;
    }

    public static Scope of(Set<String> sources, Set<SitePath> pages) {
        return new Scope(false, sources, pages);
    }

    public boolean coversSource(String projectPath) {
        return wholeSite || sources.contains(projectPath);
    }

    public boolean coversPage(SitePath page) {
        return wholeSite || pages.contains(page);
    }

    /**
     * Whether a finding of the last build concerns something looked at again: a source in scope, or a page in
     * scope when the finding names the page itself.
     */
    public boolean covers(Finding finding) {
        String path = finding.at().path();
        if (wholeSite || sources.contains(path)) {
            return true;
        }
        for (String prefix : Set.of("target/www/", "target/preview/")) {
            if (path.startsWith(prefix)
                    && pages.stream().anyMatch(page -> page.path().equals(path.substring(prefix.length())))) {
                return true;
            }
        }
        return false;
    }
}
