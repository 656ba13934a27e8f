package org.ispc.blog.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ispc.blog.assets.Fingerprinter;
import org.ispc.blog.assets.ResponsiveImages;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.Check;
import org.ispc.blog.checks.Scope;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.files.ProjectFiles;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.jbake.WarmBake;
import org.ispc.blog.publish.BuildLock;
import org.ispc.blog.publish.Patch;
import org.ispc.blog.publish.Publisher;
import org.ispc.blog.render.SearchIndex;

/**
 * The preview's builds. The first is a full build that keeps JBake open; after that, a save that only
 * edits existing articles or pages is built by re-reading those files, re-rendering the pages the edit can
 * change (with JBake, see {@link WarmBake}), putting the pages that did change into target/preview, and
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
    private final Set<String> takenBack = new TreeSet<>();
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
    public SiteBuild.Outcome run(Set<String> changed) {
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
        boolean templatesFailed = bakeFindings.stream().anyMatch(f -> f.rule().startsWith("template/"));
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
        SiteBuild.Warm w = warm.get();
        SiteBuild.SiteInputs site = w.site();
        Publisher publisher = site.publisher();
        List<SiteBuild.CheckTiming> timings = new ArrayList<>();

        long start = System.nanoTime();
        Path written = publisher.freshStaging();
        Findings baked = new Findings();
        Set<Path> edited = changed.stream().map(root::resolve).collect(Collectors.toSet());
        Optional<WarmBake.Update> update =
                w.bake().update(edited, written, baked, SiteBuild.planner(site.settings(), site.facts(), baked));
        if (update.isEmpty()) {
            publisher.discard(written);
            return Optional.empty();
        }
        Path live = publisher.live();
        Path patched = shadow.orElse(live);
        SearchIndex.write(written, site.catalog(), true);
        ResponsiveImages.apply(written, patched, SiteBuild.imageCache(root));
        Fingerprinter.rewrite(written, w.fingerprints());
        Patch patch = Patch.between(written, patched);
        publisher.discard(written);
        patch.apply();

        Set<String> sources = update.get().editedSources();
        Findings findings = new Findings();
        // the bake's findings about other files stand; related articles were chosen again for all
        Scope editedOnly = Scope.of(sources, Set.of());
        findings.addAll(bakeFindings.stream()
                .filter(f -> !editedOnly.covers(f) && !f.rule().startsWith("related/"))
                .toList());
        findings.addAll(baked.sorted());
        List<Finding> bakedNow = findings.sorted();
        Findings forTiming = new Findings();
        forTiming.addAll(baked.sorted());
        timings.add(SiteBuild.timing("bake of the edit", forTiming, start));

        Set<String> pages = new TreeSet<>(patch.paths());
        pages.addAll(takenBack);
        sources.forEach(
                source -> site.catalog().byPath(source).map(LiveBuild::pageOf).ifPresent(pages::add));
        BuiltSite builtSite =
                new BuiltSite(site.settings(), site.catalog(), site.facts(), site.factsVerifiedAt(), patched);
        SiteBuild.Judged judged =
                build.judge(builtSite, Scope.of(sources, pages), checkFindings, baked.sorted(), findings, timings);
        Map<Check, List<Finding>> found = judged.byCheck();
        List<SiteBuild.CheckTiming> shown = judged.timings();
        boolean published = !findings.hasErrors();
        if (shadow.isPresent()) {
            // the shadow always holds what the sources make; it goes live once it passes
            if (published) {
                publisher.promote(shadow.get());
                shadow = Optional.empty();
            }
            w.bake().settle(true);
        } else {
            if (published) {
                takenBack.clear();
            } else {
                patch.undo();
                takenBack.addAll(patch.paths());
            }
            w.bake().settle(published);
        }
        bakeFindings = bakedNow;
        checkFindings = found;
        return Optional.of(new SiteBuild.Outcome(published, findings.sorted(), live, shown));
    }

    /** content/blog/x.adoc is the page blog/x/index.html. */
    private static String pageOf(Manuscript m) {
        return m.url().substring(1) + "index.html";
    }

    @Override
    public void close() {
        warm.ifPresent(w -> w.bake().close());
        warm = Optional.empty();
        shadow.ifPresent(org.ispc.blog.content.FileTree::deleteTree);
        shadow = Optional.empty();
        bakeFindings = List.of();
        checkFindings = Map.of();
        takenBack.clear();
    }
}
