package org.ispc.blog.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.Check;
import org.ispc.blog.checks.CleanVerdicts;
import org.ispc.blog.checks.Scope;
import org.ispc.blog.checks.SourceLocator;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.content.SitePath;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.jbake.SiteSettings;

/**
 * The clinic facts check as a gate of the build: every content file (drafts too, they will be published),
 * every template, every generated page and every other file of the site (PDFs, SVGs, the feed...), then the age of data/clinic.yml and, when NPIs are configured,
 * the public registry. Writes target/reports/facts.json, with every file of the site and its kind.
 */
public final class ClinicFactsGate implements Check {

    public static final String REPORT = "target/reports/facts.json";

    private final Phones phones;
    private final Clock clock;
    private final FactsOptions options;

    public ClinicFactsGate(Phones phones, Clock clock) {
        this(phones, clock, FactsOptions.DEFAULTS);
    }

    public ClinicFactsGate(Phones phones, Clock clock, FactsOptions options) {
        this.phones = phones;
        this.clock = clock;
        this.options = options;
    }

    @Override
    public String name() {
        return "clinic facts";
    }

    @Override
    public List<Finding> run(BuiltSite site) {
        return runOn(site, Scope.everything(), List.of());
    }

    /**
     * A file's findings depend on that file and data/clinic.yml alone: out of scope, last build's stand.
     */
    @Override
    public List<Finding> runOn(BuiltSite site, Scope scope, List<Finding> previous) {
        List<Finding> findings = new ArrayList<>();
        FactsCheck check =
                new FactsCheck(site.facts(), phones, options.on(site.settings().today()));
        CleanVerdicts clean = new CleanVerdicts(
                site.root().resolve("target/cache/facts"),
                FileTree.read(site.root().resolve(ClinicFactsLoader.FILE)));
        List<Finding> kept = previous.stream()
                .filter(f -> !scope.covers(f))
                .filter(f -> !f.rule().equals(FactsCheck.STALE_VERIFICATION)
                        && !f.rule().equals(NpiRegistryCheck.REGISTRY))
                .toList();
        findings.addAll(kept);
        List<Finding> inSources = new ArrayList<>(sources(site, scope, check, clean));
        findings.addAll(inSources);
        inSources.addAll(kept);
        SourceLocator locator = new SourceLocator(site);
        // Pages are independent: checked on every core, reported in a stable order. The feed and the sitemap
        // are left out: they hold only addresses, dates and the titles and summaries checked at their source,
        // and their text, joined across elements, reads like numbers ("article-01166/2023-03-12").
        List<Finding> fromPages = FileTree.files(site.output(), ".html").parallelStream()
                .filter(page -> scope.coversPage(SitePath.of(site.output(), page)))
                .flatMap(page -> {
                    SitePath path = SitePath.of(site.output(), page);
                    // known by its digest, which the link check and the validator ask for too
                    return clean
                            .findings(
                                    "page-digest",
                                    path.path(),
                                    () -> check.checkPage(
                                            site.publishedPath(path),
                                            FileTree.read(page),
                                            (p, snippet) -> locator.locate(path, snippet)),
                                    site.pageDigests().of(page))
                            .stream();
                })
                .toList();
        // every other file of the site (PDFs, SVGs, the feed, the search index, text files), whatever the scope:
        // an unchanged file costs a look-up of its verdict
        PublishedFiles.Result files = new PublishedFiles(site, check, clean).check();
        clean.save(scope.wholeSite());
        List<Finding> generated = new ArrayList<>(fromPages);
        generated.addAll(files.findings());
        for (Finding f : generated) {
            // what the page shows from a source was already reported there, in the writer's words
            boolean reported = inSources.stream()
                    .anyMatch(s -> s.at().path().equals(f.at().path())
                            && s.at().line() == f.at().line()
                            && s.rule().equals(f.rule()));
            if (!reported) {
                findings.add(f);
            }
        }
        findings.addAll(check.checkFreshness(site.factsVerifiedAt()));
        if (!site.settings().npis().isEmpty()) {
            NpiRegistryCheck registry = new NpiRegistryCheck(
                    site.facts(),
                    phones,
                    URI.create(site.settings().npiRegistryUrl()),
                    NpiRegistryCheck.DEFAULT_TIMEOUT,
                    site.root().resolve("target/cache/npi"),
                    clock);
            findings.addAll(registry.check(site.settings().npis(), options.strict()));
        }
        // a finding of the last build about a file out of scope is found again when the file is read again
        List<Finding> distinct = List.copyOf(new java.util.LinkedHashSet<>(findings));
        try {
            FactsCheck.writeReport(site.root().resolve(REPORT), distinct, files.files());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return distinct;
    }

    /** Content (articles, pages, partials, drafts) and templates, as the writer and designer edit them. */
    static List<Finding> sources(BuiltSite site, Scope scope, FactsCheck check, CleanVerdicts clean) {
        Path root = site.root();
        List<Path> files = new ArrayList<>(
                FileTree.files(root.resolve(SiteSettings.CONTENT), ".adoc", ".asciidoc", ".ad", ".md", ".html"));
        files.addAll(FileTree.files(root.resolve(SiteSettings.TEMPLATES), ".ftl", ".ftlh", ".html"));
        // the site's title and description reach every page's head and the feed, which the page check skips
        files.add(root.resolve(SiteSettings.PROPERTIES));
        return files.parallelStream()
                .filter(file -> scope.coversSource(FileTree.relative(root, file)))
                .flatMap(file -> {
                    String path = FileTree.relative(root, file);
                    FactsCheck.SourceKind kind = path.equals(SiteSettings.PROPERTIES)
                            ? FactsCheck.SourceKind.SETTINGS
                            : path.startsWith(SiteSettings.TEMPLATES + "/")
                                    ? FactsCheck.SourceKind.TEMPLATE
                                    : path.startsWith("content/blog/")
                                            ? FactsCheck.SourceKind.ARTICLE
                                            : FactsCheck.SourceKind.PAGE;
                    String text = FileTree.read(file);
                    return clean.findings(kind.name(), path, () -> check.checkSource(path, text, kind), text).stream();
                })
                .toList();
    }
}
