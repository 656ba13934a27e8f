package org.ispc.blog.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ispc.blog.assets.Fingerprinter;
import org.ispc.blog.assets.ResponsiveImages;
import org.ispc.blog.checks.Check;
import org.ispc.blog.checks.Scope;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.SitePath;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.jbake.SiteBaker;
import org.ispc.blog.publish.Patch;
import org.ispc.blog.publish.Publisher;
import org.ispc.blog.render.SearchIndex;

/**
 * The build's steps for articles a writer saved in the preview, with JBake still open from the build before: the
 * saved files are read again, the pages they can change rendered again, and only the pages that did change are
 * put into the site (the live preview, or the shadow of a failed one), where the checks look at them and at the
 * saved sources. A partial build that fails takes its pages back, as a full build would leave the live site as
 * it was; the pages it took back are looked at again next time.
 */
final class SavedEdits implements BuildScope {

    private final Path root;
    private final SiteBuild.Warm warm;
    private final Set<String> changed;
    private final List<Finding> bakeFindingsBefore;
    private final Map<Check, List<Finding>> verdictsBefore;
    private final Set<SitePath> takenBack;
    private Optional<Path> shadow;

    private Set<String> editedSources = Set.of();
    private Optional<Patch> patch = Optional.empty();

    /**
     * @param changed the saved files, relative to the project root ({@code content/blog/x.adoc}), each an article
     *     or page that was there before and lies inside the project
     * @param bakeFindings what the build before found while baking
     * @param verdicts what each check found in the build before
     * @param takenBack pages written by partial builds that failed, and so were taken back
     * @param shadow the failed site the partial builds patch until it passes; empty while the live site is current
     */
    SavedEdits(
            Path root,
            SiteBuild.Warm warm,
            Set<String> changed,
            List<Finding> bakeFindings,
            Map<Check, List<Finding>> verdicts,
            Set<SitePath> takenBack,
            Optional<Path> shadow) {
        this.root = root;
        this.warm = warm;
        this.changed = Set.copyOf(changed);
        this.bakeFindingsBefore = List.copyOf(bakeFindings);
        this.verdictsBefore = verdicts;
        this.takenBack = new TreeSet<>(takenBack);
        this.shadow = shadow;
    }

    @Override
    public List<Finding> filesOutsideProject() {
        return List.of(); // a saved file that leads out of the project gets a full build (LiveBuild), which refuses it
    }

    @Override
    public Optional<SiteBuild.SiteInputs> readInputs(Findings found) {
        return Optional.of(warm.site()); // an article's edit changes neither the facts nor the settings
    }

    @Override
    public Optional<String> readStepName() {
        return Optional.empty();
    }

    @Override
    public String bakeStepName() {
        return "bake of the edit";
    }

    @Override
    public Optional<Path> bake(SiteBuild.SiteInputs inputs, Findings found) {
        Publisher publisher = inputs.publisher();
        Path written = publisher.freshStaging();
        Set<Path> edited = changed.stream().map(root::resolve).collect(Collectors.toSet());
        Optional<SiteBaker.PreviewBake.Update> update =
                warm.bake().update(edited, written, found, SiteBuild.planner(inputs.settings(), inputs.facts(), found));
        if (update.isEmpty()) {
            publisher.discard(written);
            return Optional.empty();
        }
        editedSources = update.get().editedSources();
        return Optional.of(written);
    }

    @Override
    public PagesToCheck finishPages(SiteBuild.SiteInputs inputs, Path baked, Findings found) {
        Path patched = shadow.orElse(inputs.publisher().live());
        SearchIndex.write(baked, inputs.catalog(), true);
        ResponsiveImages.apply(baked, patched, SiteBuild.imageCache(root));
        Fingerprinter.rewrite(baked, warm.fingerprints());
        Patch made = Patch.between(baked, patched);
        inputs.publisher().discard(baked);
        made.apply();
        patch = Optional.of(made);

        Set<SitePath> pages = new TreeSet<>(made.paths());
        pages.addAll(takenBack);
        editedSources.forEach(source ->
                inputs.catalog().byPath(source).map(SavedEdits::pageOf).ifPresent(pages::add));
        return new PagesToCheck(patched, Scope.of(editedSources, pages));
    }

    /** content/blog/x.adoc is the page blog/x/index.html. */
    private static SitePath pageOf(Manuscript m) {
        return SitePath.ofUrl(m.url());
    }

    @Override
    public List<Finding> standingBakeFindings() {
        // the bake's findings about other files stand; related articles were chosen again for all
        Scope editedOnly = Scope.of(editedSources, Set.of());
        return bakeFindingsBefore.stream()
                .filter(f -> !editedOnly.covers(f) && !f.rule().family().equals("related"))
                .toList();
    }

    @Override
    public Map<Check, List<Finding>> previousVerdicts() {
        return verdictsBefore;
    }

    @Override
    public List<Finding> addUncheckedFiles(SiteBuild.SiteInputs inputs, Path pages) {
        return List.of(); // the writing tool depends on the facts and the CSS, which an article's edit leaves alone
    }

    @Override
    public void publish(boolean passed) {
        Patch made = patch.orElseThrow();
        if (shadow.isPresent()) {
            // the shadow always holds what the sources make; it goes live once it passes
            if (passed) {
                warm.site().publisher().promote(shadow.get());
                shadow = Optional.empty();
            }
            warm.bake().settle(true);
        } else {
            if (passed) {
                takenBack.clear();
            } else {
                made.undo();
                takenBack.addAll(made.paths());
            }
            warm.bake().settle(passed);
        }
    }

    @Override
    public List<String> notices(SiteBuild.SiteInputs inputs) {
        return List.of();
    }

    @Override
    public Path live() {
        return warm.site().publisher().live();
    }

    /** Pages taken back by this build and those before, to be checked again next time. */
    Set<SitePath> takenBack() {
        return Set.copyOf(takenBack);
    }

    /** The failed site still being patched after this build; empty once it went live. */
    Optional<Path> shadow() {
        return shadow;
    }
}
