package org.ispc.blog.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.Asciidoctor;
import org.ispc.blog.asciidoc.ConversionCache;
import org.ispc.blog.asciidoc.Engine;
import org.ispc.blog.assets.Fingerprinter;
import org.ispc.blog.assets.ResponsiveImages;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.Check;
import org.ispc.blog.checks.Scope;
import org.ispc.blog.cms.AdminFiles;
import org.ispc.blog.contact.ContactCard;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.ReservedAddresses;
import org.ispc.blog.diag.FailureMarker;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.diag.Position;
import org.ispc.blog.facts.ClinicAttributes;
import org.ispc.blog.facts.ClinicFacts;
import org.ispc.blog.facts.ClinicFactsLoader;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.files.ProjectFiles;
import org.ispc.blog.jbake.Bakery;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.jbake.WarmBake;
import org.ispc.blog.publish.BuildLock;
import org.ispc.blog.publish.HostingFiles;
import org.ispc.blog.publish.Publisher;
import org.ispc.blog.related.RelatedArticles;
import org.ispc.blog.render.PageModel;
import org.ispc.blog.render.SearchIndex;
import org.ispc.blog.startup.StartupArchive;

/**
 * The whole build, in order: read the clinic facts, bake with JBake into a staging folder, run every
 * check on what was baked, report, and only then publish. Read {@link #run} to see the flow.
 */
public final class SiteBuild {

    /** Where the published site goes, relative to the project root. */
    public static final String WWW = "target/www";
    /** Where the preview's site goes: drafts included, never published. */
    public static final String PREVIEW = "target/preview";

    /**
     * The result of one build.
     *
     * @param notices what the writer should know that is not wrong, such as articles scheduled for a later day
     */
    public record Outcome(
            boolean published, List<Finding> findings, Path site, List<CheckTiming> timings, List<String> notices) {
        public Outcome {
            findings = List.copyOf(findings);
            timings = List.copyOf(timings);
            notices = List.copyOf(notices);
        }

        public Outcome(boolean published, List<Finding> findings, Path site, List<CheckTiming> timings) {
            this(published, findings, site, timings, List.of());
        }

        public long errors() {
            return findings.stream().filter(Finding::isError).count();
        }
    }

    /** How one step of the build went, for the closing summary. */
    public record CheckTiming(String name, long errors, long warnings, long millis) {}

    /**
     * Rules that catch after rendering what a more specific check may already have reported at the same
     * source line (a broken xref is both a bad xref and a broken link; a heading that skips a level is both a
     * lint finding and invalid HTML): the specific message is kept.
     */
    static final java.util.Set<String> SAFETY_NET_RULES = java.util.Set.of("links/broken", "html/invalid");

    /** The start-up archive is worth making from a run that started Asciidoctor: JRuby is most of what it holds. */
    private static final String ENGINE_CLASS = "org/asciidoctor/jruby/internal/JRubyAsciidoctor";

    private static final java.time.Duration DUMP_TIMEOUT = java.time.Duration.ofMinutes(3);
    private static final String TEMPLATE_ERROR = "template/error";
    private static final String PROJECT_FILES = "project files";
    private static final String HTML_INVALID = "html/invalid";

    private final Engine engine;
    private final Bakery bakery;
    private final Phones phones;
    private final Clock clock;
    private final List<Check> checks;
    private final boolean useCache;

    public SiteBuild(Asciidoctor asciidoctor, Phones phones, Clock clock, List<Check> checks) {
        this(Engine.of(asciidoctor), phones, clock, checks);
    }

    /** @param asciidoctor asked for only when the first article is converted: it may still be starting */
    public SiteBuild(Engine asciidoctor, Phones phones, Clock clock, List<Check> checks) {
        this.engine = asciidoctor;
        this.bakery = new Bakery(asciidoctor);
        this.phones = phones;
        this.clock = clock;
        this.checks = List.copyOf(checks);
        this.useCache = Boolean.parseBoolean(System.getProperty("cache", "true"));
    }

    private SiteBuild(SiteBuild other, boolean useCache) {
        this.engine = other.engine;
        this.bakery = other.bakery;
        this.phones = other.phones;
        this.clock = other.clock;
        this.checks = other.checks;
        this.useCache = useCache;
    }

    /** The same build, converting every article afresh instead of reusing target/cache. */
    public SiteBuild withoutCache() {
        return new SiteBuild(this, false);
    }

    /** The build with every standard check, as `mvn package` runs it. */
    public static SiteBuild standard(Asciidoctor asciidoctor, Clock clock) {
        return new SiteBuild(asciidoctor, Phones.standard(), clock, Checks.standard(clock));
    }

    /**
     * Builds the site under {@code projectRoot}; in preview mode drafts are included and target/preview is written.
     * Waits first for another build of the same project, if one is running ({@link BuildLock}).
     */
    public Outcome run(Path projectRoot, boolean preview) {
        try (BuildLock lock = BuildLock.take(projectRoot, preview ? "a preview build" : "mvn package", System.out)) {
            return build(projectRoot, preview, false).outcome();
        }
    }

    /**
     * A full build, as {@link #run} describes it. With {@code keepWarm} (the preview), JBake and everything
     * the checks found are kept for {@link LiveBuild}, which then rebuilds only what an edit changes.
     */
    BuildResult build(Path projectRoot, boolean preview, boolean keepWarm) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Findings findings = new Findings();
        List<CheckTiming> timings = new ArrayList<>();
        Publisher publisher = new Publisher(root.resolve(preview ? PREVIEW : WWW));
        publisher.putBackAfterInterruptedSwap();

        long start = System.nanoTime();
        if (cache(root).map(ConversionCache::isEmpty).orElse(true)) {
            engine.startSoon(); // nothing converted before: every article needs JRuby, so start it now
        }
        // nothing is read before every file the build would read is known to lie inside the project
        Findings outside = new Findings();
        outside.addAll(ProjectFiles.outside(root));
        if (outside.hasErrors()) {
            findings.addAll(outside.sorted());
            timings.add(timing(PROJECT_FILES, outside, start));
            return BuildResult.cold(new Outcome(false, findings.sorted(), publisher.live(), timings));
        }
        // what takes a second or more to set up starts now, on threads of its own, while the facts are read
        checksOf(preview).forEach(Check::prepare);
        ClinicFactsLoader.Loaded loaded = ClinicFactsLoader.load(root, phones);
        findings.addAll(loaded.findings());
        Optional<SiteSettings> settings = settings(root, preview, clock, findings);
        if (loaded.facts().isEmpty() || settings.isEmpty()) {
            timings.add(timing("read data/clinic.yml", findings, start));
            return BuildResult.cold(new Outcome(false, findings.sorted(), publisher.live(), timings));
        }
        ClinicFacts facts = loaded.facts().get();
        timings.add(timing("read data/clinic.yml", findings, start));
        start = System.nanoTime();
        Path staging = publisher.freshStaging();
        Catalog catalog = new Catalog();
        Findings bakeFindings = new Findings();
        bakeFindings.addAll(
                ReservedAddresses.check(root, Bakery.documentExtensions(), HostingFiles.oldAddresses(root)));
        // JBake copies CSS and JS from these as they are; pages are written with the names they get in the site
        Path[] copiedAsTheyAre = {root.resolve(SiteSettings.ASSETS), root.resolve(SiteSettings.CONTENT)};
        Map<String, String> assetNames = Fingerprinter.names(copiedAsTheyAre);
        Bakery.Recipe recipe = new Bakery.Recipe(
                settings.get(),
                staging,
                ClinicAttributes.of(facts),
                catalog,
                bakeFindings,
                cache(root),
                planner(settings.get(), facts, bakeFindings),
                Fingerprinter.rewriter(assetNames));
        Optional<WarmBake> warm = Optional.empty();
        if (keepWarm) {
            warm = Optional.of(bakery.bakeWarm(recipe));
        } else {
            bakery.bake(recipe);
        }
        org.ispc.blog.publish.Robots.write(staging, settings.get());
        ContactCard.write(staging, facts);
        SearchIndex.write(staging, catalog, preview);
        ResponsiveImages.apply(staging, staging, imageCache(root));
        Map<String, String> fingerprints = Fingerprinter.apply(staging, assetNames, copiedAsTheyAre);
        bakeFindings.addAll(HostingFiles.write(staging, settings.get(), catalog));
        findings.addAll(bakeFindings.sorted());
        timings.add(timing("bake", bakeFindings, start));

        BuiltSite site = new BuiltSite(settings.get(), catalog, facts, loaded.verifiedAt(), staging);
        Judged judged = judge(site, Scope.everything(), Map.of(), bakeFindings.sorted(), findings, timings);
        Map<Check, List<Finding>> byCheck = judged.byCheck();
        timings = judged.timings();
        // the writing tool is no page for readers: it joins the site after the checks (sitemap, links, validity)
        findings.addAll(AdminFiles.write(staging, root, ClinicAttributes.of(facts), fingerprints));
        boolean published = !findings.hasErrors();
        Optional<Path> shadow = Optional.empty();
        if (published) {
            publisher.promote(staging);
        } else if (warm.isPresent()) {
            shadow = Optional.of(publisher.keepAsShadow(staging));
        } else {
            publisher.discard(staging);
        }
        Outcome outcome = new Outcome(
                published, findings.sorted(), publisher.live(), timings, preview ? List.of() : scheduled(catalog));
        if (warm.isEmpty()) {
            return BuildResult.cold(outcome);
        }
        SiteInputs live = new SiteInputs(settings.get(), facts, loaded.verifiedAt(), catalog, publisher);
        return new BuildResult(
                outcome, Optional.of(new Warm(warm.get(), live, fingerprints, bakeFindings.sorted(), byCheck, shadow)));
    }

    /** A full build's result, and for the preview what the next build starts from. */
    record BuildResult(Outcome outcome, Optional<Warm> warm) {
        static BuildResult cold(Outcome outcome) {
            return new BuildResult(outcome, Optional.empty());
        }
    }

    /** What a site is built from, read once per full build. */
    record SiteInputs(
            SiteSettings settings, ClinicFacts facts, Position factsVerifiedAt, Catalog catalog, Publisher publisher) {}

    /**
     * JBake still open after a full preview build, and the findings of that build, step by step.
     *
     * @param fingerprints the CSS and JS files renamed by their digest, old URL to new
     * @param shadow the site this build made, kept aside because it failed its checks (see {@link
     *     Publisher#keepAsShadow}); empty when it was published
     */
    record Warm(
            WarmBake bake,
            SiteInputs site,
            Map<String, String> fingerprints,
            List<Finding> bakeFindings,
            Map<Check, List<Finding>> byCheck,
            Optional<Path> shadow) {}

    /** Related articles and template variables, worked out once the content is read. */
    static Bakery.Planner planner(SiteSettings settings, ClinicFacts facts, Findings findings) {
        return baked -> new PageModel(
                settings,
                baked,
                facts,
                RelatedArticles.choose(baked, settings.preview(), settings.relatedCount(), findings));
    }

    /** What the checks found on a baked site, check by check, and each step's counts as the summary shows them. */
    record Judged(Map<Check, List<Finding>> byCheck, List<CheckTiming> timings) {}

    /**
     * The checks' verdict on a baked site, the same for a full build and the preview's partial ones: every check
     * runs on {@code scope}; then what a more specific finding already says at the same line is dropped, and so is
     * the HTML validator's word on pages whose template failed (such a page is cut off where it failed, and the
     * validator would only list the ways in which half a page is not HTML).
     *
     * @param baked what this bake found, template errors included
     * @param findings every finding of the build so far; the checks' are added, the shadowed removed
     */
    Judged judge(
            BuiltSite site,
            Scope scope,
            Map<Check, List<Finding>> previous,
            List<Finding> baked,
            Findings findings,
            List<CheckTiming> timings) {
        Map<Check, List<Finding>> byCheck = runChecks(site, scope, previous, findings, timings);
        findings.removeShadowed(SAFETY_NET_RULES);
        if (baked.stream().anyMatch(f -> f.rule().equals(TEMPLATE_ERROR))) {
            findings.removeRule(HTML_INVALID);
        }
        return new Judged(byCheck, recounted(timings, byCheck, findings));
    }

    /**
     * Runs every check the build has (in the preview, those meant for it) on {@code scope}, adding what they
     * find and how long they took.
     *
     * @param previous each check's findings of the build before, for checks that look at the scope only
     * @return what each check found
     */
    private Map<Check, List<Finding>> runChecks(
            BuiltSite site,
            Scope scope,
            Map<Check, List<Finding>> previous,
            Findings findings,
            List<CheckTiming> timings) {
        Map<Check, List<Finding>> byCheck = new LinkedHashMap<>();
        for (Check check : checksOf(site.settings().preview())) {
            long start = System.nanoTime();
            Findings found = new Findings();
            found.addAll(check.runOn(site, scope, previous.getOrDefault(check, List.of())));
            byCheck.put(check, found.sorted());
            findings.addAll(found.sorted());
            timings.add(timing(check.name(), found, start));
        }
        return byCheck;
    }

    /** The checks a build runs: all of them, or in the preview those meant for it. */
    private List<Check> checksOf(boolean preview) {
        return checks.stream().filter(check -> !preview || check.inPreview()).toList();
    }

    static Path imageCache(Path root) {
        return org.ispc.blog.cache.CodeDigest.folderIn(root.resolve("target/cache/images"));
    }

    /** The site's settings, or a finding at the line of jbake.properties that keeps them from being read. */
    static Optional<SiteSettings> settings(Path root, boolean preview, Clock clock, Findings findings) {
        try {
            return Optional.of(SiteSettings.read(root, preview, clock));
        } catch (SiteSettings.Invalid e) {
            findings.add(Finding.error(e.at(), "build/settings", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            findings.add(Finding.error(
                    Position.file(SiteSettings.PROPERTIES),
                    "build/settings",
                    "cannot read the site settings: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * The articles dated after today: they stay off the published site until a build runs on their day, which a
     * writer who set them to published may not expect (the preview shows them, marked).
     */
    private static List<String> scheduled(Catalog catalog) {
        return catalog.all().stream()
                .filter(m -> m.publication() == org.ispc.blog.content.Publication.SCHEDULED)
                .sorted(java.util.Comparator.comparing(
                                (org.ispc.blog.content.Manuscript m) -> m.date().orElseThrow())
                        .thenComparing(org.ispc.blog.content.Manuscript::path))
                .map(m -> "scheduled: " + m.path() + " reaches the site with the first build on or after "
                        + m.date().orElseThrow() + " (its :jbake-date:)")
                .toList();
    }

    /**
     * Converted articles are kept in target/cache between builds; -Dcache=false turns the cache off (the
     * tests use it to prove that cached and fresh builds give the same bytes).
     */
    private Optional<ConversionCache> cache(Path root) {
        return useCache ? Optional.of(new ConversionCache(root.resolve("target/cache/asciidoc"))) : Optional.empty();
    }

    /**
     * The steps' counts of errors and warnings without the findings dropped after the checks ran (told better by
     * another check): the summary's steps add up to the total it states.
     */
    static List<CheckTiming> recounted(List<CheckTiming> timings, Map<Check, List<Finding>> byCheck, Findings kept) {
        java.util.Set<Finding> left = new java.util.HashSet<>(kept.sorted());
        Map<String, List<Finding>> byName = new java.util.HashMap<>();
        byCheck.forEach((check, found) -> byName.put(check.name(), found));
        return timings.stream()
                .map(t -> {
                    List<Finding> own = byName.get(t.name());
                    if (own == null) {
                        return t;
                    }
                    long errors = own.stream()
                            .filter(left::contains)
                            .filter(Finding::isError)
                            .count();
                    long warnings = own.stream().filter(left::contains).count() - errors;
                    return new CheckTiming(t.name(), errors, warnings, t.millis());
                })
                .toList();
    }

    static CheckTiming timing(String name, Findings found, long startNanos) {
        return new CheckTiming(
                name, found.errorCount(), found.warningCount(), (System.nanoTime() - startNanos) / 1_000_000);
    }

    public static void main(String[] args) {
        Logging.quiet();
        boolean preview = args.length > 0 && args[0].equals("preview");
        Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        FailureMarker marker = FailureMarker.in(args);
        boolean ok;
        if (args.length > 0 && args[0].equals("facts")) {
            boolean passed = FactsOnly.run(root, Clock.systemDefaultZone(), System.out, System.getenv());
            System.exit(exitCode(marker, passed));
        }
        // JRuby takes seconds to start: only when an article is not in the cache, on its own thread
        try (Engine.Starting asciidoctor = Engine.starting()) {
            Clock clock = Clock.systemDefaultZone();
            Outcome outcome =
                    new SiteBuild(asciidoctor, Phones.standard(), clock, Checks.standard(clock)).run(root, preview);
            ConsoleReport.print(outcome, root, System.out, System.getenv());
            ok = outcome.published();
        } catch (UncheckedIOException e) {
            System.out.println(
                    "build FAILED: cannot write the site: " + e.getCause().getMessage());
            ok = false;
        }
        StartupArchive.missingInThisJvm().ifPresent(archive -> archive.write(ENGINE_CLASS, DUMP_TIMEOUT, System.out));
        System.exit(exitCode(marker, ok));
    }

    private static int exitCode(FailureMarker marker, boolean passed) {
        return passed ? marker.passed() : marker.failed("the last site build failed; see its messages", 1);
    }
}
