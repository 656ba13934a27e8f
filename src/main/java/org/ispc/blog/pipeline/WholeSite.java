package org.ispc.blog.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ispc.blog.asciidoc.ConversionCache;
import org.ispc.blog.asciidoc.Engine;
import org.ispc.blog.assets.Fingerprinter;
import org.ispc.blog.assets.ResponsiveImages;
import org.ispc.blog.checks.Check;
import org.ispc.blog.checks.Scope;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.cms.AdminFiles;
import org.ispc.blog.contact.ContactCard;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.Publication;
import org.ispc.blog.content.ReservedAddresses;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.facts.ClinicAttributes;
import org.ispc.blog.facts.ClinicFactsLoader;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.files.ProjectFiles;
import org.ispc.blog.jbake.SiteBaker;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.publish.HostingFiles;
import org.ispc.blog.publish.Publisher;
import org.ispc.blog.publish.Robots;
import org.ispc.blog.render.SearchIndex;

/**
 * The build's steps for the whole site: everything is read and baked into a staging folder, which replaces the
 * live site once it passes the checks. With {@code keepWarm} (the preview's first build), JBake stays open
 * afterwards, and a failed site is kept aside as a shadow for the preview's next builds to patch.
 */
final class WholeSite implements BuildScope {

    private final Path root;
    private final boolean preview;
    private final boolean keepWarm;
    private final Engine engine;
    private final SiteBaker baker;
    private final Phones phones;
    private final Clock clock;
    private final List<Check> checks;
    private final BuildOptions options;
    private final Optional<ConversionCache> cache;
    private final Publisher publisher;
    /** JBake copies CSS and JS from these as they are; pages are written with the names they get in the site. */
    private final Path[] copiedAsTheyAre;

    private Optional<SiteBaker.PreviewBake> warm = Optional.empty();
    private Map<String, String> assetNames = Map.of();
    private Map<String, String> fingerprints = Map.of();
    private Optional<Path> staging = Optional.empty();
    private Optional<Path> shadow = Optional.empty();

    /** @param checks the checks this build runs, started early on threads of their own where they take time */
    WholeSite(
            Path root,
            boolean preview,
            boolean keepWarm,
            Engine engine,
            SiteBaker baker,
            Phones phones,
            Clock clock,
            List<Check> checks,
            BuildOptions options) {
        this.root = root;
        this.preview = preview;
        this.keepWarm = keepWarm;
        this.engine = engine;
        this.baker = baker;
        this.phones = phones;
        this.clock = clock;
        this.checks = List.copyOf(checks);
        this.options = options;
        this.cache = SiteBuild.cache(root, options);
        this.publisher = new Publisher(root.resolve(preview ? SiteBuild.PREVIEW : SiteBuild.WWW));
        this.copiedAsTheyAre = new Path[] {root.resolve(SiteSettings.ASSETS), root.resolve(SiteSettings.CONTENT)};
        publisher.putBackAfterInterruptedSwap();
    }

    @Override
    public List<Finding> filesOutsideProject() {
        if (cache.map(ConversionCache::isEmpty).orElse(true)) {
            engine.startSoon(); // nothing converted before: every article needs JRuby, so start it now
        }
        return ProjectFiles.outside(root);
    }

    @Override
    public Optional<SiteBuild.SiteInputs> readInputs(Findings found) {
        // what takes a second or more to set up starts now, on threads of its own, while the facts are read
        checks.forEach(Check::prepare);
        ClinicFactsLoader.Loaded loaded = ClinicFactsLoader.load(root, phones);
        found.addAll(loaded.findings());
        Optional<SiteSettings> settings = SiteBuild.settings(root, preview, clock, options, found);
        if (loaded.facts().isEmpty() || settings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteBuild.SiteInputs(
                settings.get(), loaded.facts().get(), loaded.verifiedAt(), new Catalog(), publisher));
    }

    @Override
    public Optional<String> readStepName() {
        return Optional.of("read data/clinic.yml");
    }

    @Override
    public String bakeStepName() {
        return "bake";
    }

    @Override
    public Optional<Path> bake(SiteBuild.SiteInputs inputs, Findings found) {
        Path folder = publisher.freshStaging();
        staging = Optional.of(folder);
        found.addAll(ReservedAddresses.check(root, SiteBaker.documentExtensions(), HostingFiles.oldAddresses(root)));
        assetNames = Fingerprinter.names(copiedAsTheyAre);
        ClinicFacts facts = inputs.facts();
        SiteBaker.Recipe recipe = new SiteBaker.Recipe(
                inputs.settings(),
                folder,
                ClinicAttributes.of(facts),
                inputs.catalog(),
                found,
                cache,
                SiteBuild.planner(inputs.settings(), facts, found),
                Fingerprinter.rewriter(assetNames));
        if (keepWarm) {
            warm = Optional.of(baker.bakeForPreview(recipe));
        } else {
            baker.bake(recipe);
        }
        return staging;
    }

    @Override
    public PagesToCheck finishPages(SiteBuild.SiteInputs inputs, Path baked, Findings found) {
        Robots.write(baked, inputs.settings());
        ContactCard.write(baked, inputs.facts());
        SearchIndex.write(baked, inputs.catalog(), preview);
        ResponsiveImages.apply(baked, baked, SiteBuild.imageCache(root));
        fingerprints = Fingerprinter.apply(baked, assetNames, copiedAsTheyAre);
        found.addAll(HostingFiles.write(baked, inputs.settings(), inputs.catalog()));
        return new PagesToCheck(baked, Scope.everything());
    }

    @Override
    public List<Finding> standingBakeFindings() {
        return List.of();
    }

    @Override
    public Map<Check, List<Finding>> previousVerdicts() {
        return Map.of();
    }

    @Override
    public List<Finding> addUncheckedFiles(SiteBuild.SiteInputs inputs, Path pages) {
        // the writing tool is no page for readers: it joins the site after the checks (sitemap, links, validity)
        return AdminFiles.write(
                pages,
                root,
                ClinicAttributes.of(inputs.facts()),
                fingerprints,
                inputs.settings().reviewMaxAgeMonths(),
                inputs.settings().timezone());
    }

    @Override
    public void publish(boolean passed) {
        staging.ifPresent(folder -> {
            if (passed) {
                publisher.promote(folder);
            } else if (warm.isPresent()) {
                shadow = Optional.of(publisher.keepAsShadow(folder));
            } else {
                publisher.discard(folder);
            }
        });
    }

    /**
     * The articles dated after today: they stay off the published site until a build runs on their day, which a
     * writer who set them to published may not expect (the preview shows them, marked).
     */
    @Override
    public List<String> notices(SiteBuild.SiteInputs inputs) {
        if (preview) {
            return List.of();
        }
        return inputs.catalog().all().stream()
                .filter(m -> m.publication() == Publication.SCHEDULED)
                .sorted(java.util.Comparator.comparing(
                                (Manuscript m) -> m.date().orElseThrow())
                        .thenComparing(Manuscript::path))
                .map(m -> "scheduled: " + m.path() + " reaches the site with the first build on or after "
                        + m.date().orElseThrow() + " (its :jbake-date:)")
                .toList();
    }

    @Override
    public Path live() {
        return publisher.live();
    }

    /** JBake still open after the bake, when this build was asked to keep it. */
    Optional<SiteBaker.PreviewBake> warm() {
        return warm;
    }

    /** The CSS and JS files renamed by their digest, old URL to new. */
    Map<String, String> fingerprints() {
        return fingerprints;
    }

    /** The failed site kept aside for the preview's next builds; empty when it was published. */
    Optional<Path> shadow() {
        return shadow;
    }
}
