package org.ispc.blog.pipeline;

import java.io.IOException;
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
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.Check;
import org.ispc.blog.checks.Scope;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.jbake.SiteBaker;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.publish.BuildLock;
import org.ispc.blog.publish.Publisher;
import org.ispc.blog.related.RelatedArticles;
import org.ispc.blog.render.PageModel;

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
    static final java.util.Set<RuleId> SAFETY_NET_RULES =
            java.util.Set.of(RuleId.of("links/broken"), RuleId.of("html/invalid"));

    private static final RuleId TEMPLATE_ERROR = RuleId.of("template/error");
    private static final String PROJECT_FILES = "project files";
    private static final RuleId HTML_INVALID = RuleId.of("html/invalid");

    private final Engine engine;
    private final SiteBaker baker;
    private final Phones phones;
    private final Clock clock;
    private final List<Check> checks;
    private final BuildOptions options;

    public SiteBuild(Asciidoctor asciidoctor, Phones phones, Clock clock, List<Check> checks) {
        this(Engine.of(asciidoctor), phones, clock, checks, BuildOptions.DEFAULTS);
    }

    /**
     * @param asciidoctor asked for only when the first article is converted: it may still be starting
     * @param options what the command line asked for (the checks got theirs when they were made)
     */
    public SiteBuild(Engine asciidoctor, Phones phones, Clock clock, List<Check> checks, BuildOptions options) {
        this.engine = asciidoctor;
        this.baker = SiteBaker.jbake(asciidoctor);
        this.phones = phones;
        this.clock = clock;
        this.checks = List.copyOf(checks);
        this.options = options;
    }

    private SiteBuild(SiteBuild other, BuildOptions options) {
        this.engine = other.engine;
        this.baker = other.baker;
        this.phones = other.phones;
        this.clock = other.clock;
        this.checks = other.checks;
        this.options = options;
    }

    /** The same build, converting every article afresh instead of reusing target/cache. */
    public SiteBuild withoutCache() {
        return new SiteBuild(this, options.withoutCache());
    }

    /** The build with every standard check, as `mvn package` runs it. */
    public static SiteBuild standard(Asciidoctor asciidoctor, Clock clock) {
        return standard(Engine.of(asciidoctor), clock, BuildOptions.DEFAULTS);
    }

    /** The build with every standard check, with the command line's options. */
    public static SiteBuild standard(Engine asciidoctor, Clock clock, BuildOptions options) {
        return new SiteBuild(asciidoctor, Phones.standard(), clock, Checks.standard(clock, options.facts()), options);
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
        WholeSite whole =
                new WholeSite(root, preview, keepWarm, engine, baker, phones, clock, checksOf(preview), options);
        Optional<Steps> done;
        try {
            done = runSteps(whole);
        } catch (RuntimeException | Error e) {
            whole.warm().ifPresent(SiteBaker.PreviewBake::close); // else JBake stays held for the JVM
            throw e;
        }
        Steps steps = done.orElseThrow(); // the whole site can always be baked
        if (whole.warm().isEmpty() || steps.inputs().isEmpty()) {
            return BuildResult.cold(steps.outcome());
        }
        return new BuildResult(
                steps.outcome(),
                Optional.of(new Warm(
                        whole.warm().get(),
                        steps.inputs().get(),
                        whole.fingerprints(),
                        steps.bakeFindings(),
                        steps.byCheck(),
                        whole.shadow())));
    }

    /**
     * The build's steps, in order, the same for the whole site and for what a save in the preview changed; what
     * each step does for either is in {@link WholeSite} and {@link SavedEdits}.
     *
     * <ol>
     *   <li>nothing is read before every file the build would read is known to lie inside the project;
     *   <li>the clinic facts and the site settings are read;
     *   <li>JBake bakes the pages into a folder of their own;
     *   <li>the pages are finished for readers (search index, pictures for phones, hosting files);
     *   <li>every check passes its judgement on them;
     *   <li>what is no page for readers (the writing tool) joins them;
     *   <li>they go live if nothing is wrong; otherwise the last good site stays.
     * </ol>
     *
     * @return empty when the scope cannot be baked on its own (the preview then builds the whole site)
     */
    Optional<Steps> runSteps(BuildScope scope) {
        Findings findings = new Findings();
        List<CheckTiming> timings = new ArrayList<>();

        long start = System.nanoTime();
        Findings outside = new Findings();
        outside.addAll(scope.filesOutsideProject());
        if (outside.hasErrors()) {
            findings.addAll(outside.sorted());
            timings.add(timing(PROJECT_FILES, outside, start));
            return Optional.of(Steps.stopped(new Outcome(false, findings.sorted(), scope.live(), timings)));
        }

        Optional<SiteInputs> read = scope.readInputs(findings);
        long readStart = start;
        scope.readStepName().ifPresent(name -> timings.add(timing(name, findings, readStart)));
        if (read.isEmpty()) {
            return Optional.of(Steps.stopped(new Outcome(false, findings.sorted(), scope.live(), timings)));
        }
        SiteInputs inputs = read.get();

        start = System.nanoTime();
        Findings baked = new Findings();
        Optional<Path> bakedPages = scope.bake(inputs, baked);
        if (bakedPages.isEmpty()) {
            return Optional.empty();
        }
        BuildScope.PagesToCheck pages = scope.finishPages(inputs, bakedPages.get(), baked);
        Findings bakedAndStanding = new Findings();
        bakedAndStanding.addAll(scope.standingBakeFindings());
        bakedAndStanding.addAll(baked.sorted());
        List<Finding> bakeFindings = bakedAndStanding.sorted();
        findings.addAll(bakeFindings);
        timings.add(timing(scope.bakeStepName(), baked, start));

        BuiltSite site = new BuiltSite(
                inputs.settings(), inputs.catalog(), inputs.facts(), inputs.factsVerifiedAt(), pages.site());
        Judged judged = judge(site, pages.scope(), scope.previousVerdicts(), baked.sorted(), findings, timings);

        findings.addAll(scope.addUncheckedFiles(inputs, pages.site()));
        boolean published = !findings.hasErrors();
        scope.publish(published);
        Outcome outcome =
                new Outcome(published, findings.sorted(), scope.live(), judged.timings(), scope.notices(inputs));
        return Optional.of(new Steps(outcome, Optional.of(inputs), bakeFindings, judged.byCheck()));
    }

    /**
     * What the steps of one build made.
     *
     * @param inputs empty when the build stopped before the facts and settings were read
     * @param bakeFindings what the bake found, standing findings of the build before included
     * @param byCheck what each check found
     */
    record Steps(
            Outcome outcome,
            Optional<SiteInputs> inputs,
            List<Finding> bakeFindings,
            Map<Check, List<Finding>> byCheck) {
        static Steps stopped(Outcome outcome) {
            return new Steps(outcome, Optional.empty(), List.of(), Map.of());
        }
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
            SiteBaker.PreviewBake bake,
            SiteInputs site,
            Map<String, String> fingerprints,
            List<Finding> bakeFindings,
            Map<Check, List<Finding>> byCheck,
            Optional<Path> shadow) {}

    /** Related articles and template variables, worked out once the content is read. */
    static SiteBaker.Planner planner(SiteSettings settings, ClinicFacts facts, Findings findings) {
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

    /**
     * The site's settings, with what the command line sets instead, or a finding at the line of jbake.properties
     * that keeps them from being read.
     */
    static Optional<SiteSettings> settings(
            Path root, boolean preview, Clock clock, BuildOptions options, Findings findings) {
        try {
            return Optional.of(options.applyTo(SiteSettings.read(root, preview, clock)));
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

    /** Converted articles are kept in target/cache between builds, unless the options turn the cache off. */
    static Optional<ConversionCache> cache(Path root, BuildOptions options) {
        return options.useCache()
                ? Optional.of(new ConversionCache(root.resolve("target/cache/asciidoc")))
                : Optional.empty();
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
}
