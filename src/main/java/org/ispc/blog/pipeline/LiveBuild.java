package org.ispc.blog.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ispc.blog.checks.Check;
import org.ispc.blog.content.SitePath;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.files.ProjectFiles;
import org.ispc.blog.jbake.SiteBaker;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.publish.BuildLock;

/**
 * The preview's builds. The first is a full build that keeps JBake open; after that, a save that only
 * edits existing articles or pages is built by re-reading those files, re-rendering the pages the edit can
 * change (with JBake, see {@link SiteBaker.PreviewBake}), putting the pages that did change into target/preview, and
 * checking the edited sources and changed pages again, keeping the other findings of the build before.
 * Anything else (a template, data, an asset, a new or deleted file, a partial) gets a full build.
 *
 * <p>A partial build that fails a check takes its pages back, as a full build would leave target/preview
 * as it was. A full build that fails keeps its pages aside as a shadow site (target/preview.shadow), which the
 * partial builds patch instead, until one passes and the shadow becomes target/preview: a writer who starts the
 * preview while a draft has an error still gets partial builds. Read {@link #run} for the decision and
 * {@link #rebuild} for the partial build's flow.
 */
public final class LiveBuild implements AutoCloseable {

    private final SiteBuild build;
    private final Path root;
    private Optional<SiteBuild.Warm> warm = Optional.empty();
    /** What the last build found while baking, and what each check found. */
    private List<Finding> bakeFindings = List.of();

    private Map<Check, List<Finding>> checkFindings = Map.of();
    /** Pages written by partial builds that failed, and so were taken back: to be checked again. */
    private final Set<SitePath> takenBack = new TreeSet<>();
    /**
     * The site as the sources make it, while it fails its checks: a failed full build's pages, kept aside and
     * patched by the partial builds until one passes and it becomes target/preview. Empty while the live site
     * is the current one.
     */
    private Optional<Path> shadow = Optional.empty();

    public LiveBuild(SiteBuild build, Path projectRoot) {
        this.build = build;
        this.root = projectRoot.toAbsolutePath().normalize();
    }

    /**
     * Builds target/preview after {@code changed} files were saved.
     *
     * @param changed the saved files, relative to the project root ({@code content/blog/x.adoc})
     */
    public synchronized SiteBuild.Outcome run(Set<String> changed) {
        // held while building only: between saves, mvn package may run beside the preview
        try (BuildLock lock = BuildLock.take(root, "the preview (mvn -Ppreview)", System.out)) {
            return buildAfter(changed);
        }
    }

    private SiteBuild.Outcome buildAfter(Set<String> changed) {
        if (warm.isPresent() && onlyDocumentEdits(changed)) {
            Optional<SiteBuild.Outcome> partial;
            try {
                partial = rebuild(changed);
            } catch (RuntimeException | Error e) {
                close(); // JBake may be out of step with the files now: the next save gets a full build
                throw e;
            }
            if (partial.isPresent()) {
                return partial.get();
            }
        }
        close();
        SiteBuild.BuildResult built = build.build(root, true, true);
        warm = built.warm();
        warm.ifPresent(w -> {
            bakeFindings = w.bakeFindings();
            checkFindings = w.byCheck();
            shadow = w.shadow();
        });
        return built.outcome();
    }

    /** Edits of articles and pages that exist, after a build whose templates raised no error. */
    private boolean onlyDocumentEdits(Set<String> changed) {
        boolean templatesFailed =
                bakeFindings.stream().anyMatch(f -> f.rule().family().equals("template"));
        return !templatesFailed
                && changed.stream()
                        .allMatch(path -> path.startsWith(SiteSettings.CONTENT + "/")
                                && !path.startsWith(SiteSettings.PARTIALS + "/")
                                && path.matches(".*\\.(adoc|asciidoc|ad)$")
                                && Files.isRegularFile(root.resolve(path))
                                // a file saved as a link out of the project gets the full build, which refuses it
                                && ProjectFiles.inside(root, Path.of(path)));
    }

    /** The partial build; empty when the edit turns out to need a full one. */
    private Optional<SiteBuild.Outcome> rebuild(Set<String> changed) {
        SavedEdits edits = new SavedEdits(root, warm.get(), changed, bakeFindings, checkFindings, takenBack, shadow);
        Optional<SiteBuild.Steps> steps = build.runSteps(edits);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        takenBack.clear();
        takenBack.addAll(edits.takenBack());
        shadow = edits.shadow();
        bakeFindings = steps.get().bakeFindings();
        checkFindings = steps.get().byCheck();
        return Optional.of(steps.get().outcome());
    }

    /**
     * Lets JBake go, after the build under way if there is one: JBake is one per JVM, and a preview bake left open
     * would keep every other bake of this JVM waiting.
     */
    @Override
    public synchronized void close() {
        warm.ifPresent(w -> w.bake().close());
        warm = Optional.empty();
        shadow.ifPresent(org.ispc.blog.content.FileTree::deleteTree);
        shadow = Optional.empty();
        bakeFindings = List.of();
        checkFindings = Map.of();
        takenBack.clear();
    }
}
