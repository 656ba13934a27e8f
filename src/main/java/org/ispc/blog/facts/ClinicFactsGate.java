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
import org.ispc.blog.checks.SourceLocator;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.jbake.SiteSettings;

/**
 * The clinic facts check as a gate of the build: every content file (drafts too, they will be published),
 * every template and every generated page, then the age of data/clinic.yml and, when NPIs are configured,
 * the public registry. Writes target/reports/facts.json.
 */
public final class ClinicFactsGate implements Check {

    public static final String REPORT = "target/reports/facts.json";

    /** Generated pages are named as they will be published. */
    private static final String OUTPUT = "target/www/";

    private final Phones phones;
    private final Clock clock;

    public ClinicFactsGate(Phones phones, Clock clock) {
        this.phones = phones;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "clinic facts";
    }

    @Override
    public List<Finding> run(BuiltSite site) {
        List<Finding> findings = new ArrayList<>();
        FactsPolicy policy;
        try {
            policy = FactsPolicy.fromSystemProperties(site.settings().today());
        } catch (IllegalArgumentException e) {
            return List.of(Finding.error(Position.file("pom.xml"), "facts/options", e.getMessage()));
        }
        FactsCheck check = new FactsCheck(site.facts(), phones, policy);
        List<Finding> inSources = sources(site, check);
        findings.addAll(inSources);
        SourceLocator locator = new SourceLocator(site);
        // pages are independent: check them on every core, then report in a stable order
        List<Finding> fromPages = FileTree.files(site.output(), ".html", ".xml").parallelStream()
                .flatMap(page -> {
                    String path = site.output().relativize(page).toString().replace('\\', '/');
                    return check
                            .checkPage(
                                    OUTPUT + path, FileTree.read(page), (p, snippet) -> locator.locate(path, snippet))
                            .stream();
                })
                .toList();
        for (Finding f : fromPages) {
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
            findings.addAll(registry.check(site.settings().npis(), policy.strict()));
        }
        try {
            FactsCheck.writeReport(site.root().resolve(REPORT), findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /** Content (articles, pages, partials, drafts) and templates, as the writer and designer edit them. */
    static List<Finding> sources(BuiltSite site, FactsCheck check) {
        List<Finding> findings = new ArrayList<>();
        Path root = site.root();
        for (Path file : FileTree.files(root.resolve(SiteSettings.CONTENT), ".adoc", ".asciidoc", ".ad", ".html")) {
            String path = root.relativize(file).toString().replace('\\', '/');
            FactsCheck.SourceKind kind =
                    path.startsWith("content/blog/") ? FactsCheck.SourceKind.ARTICLE : FactsCheck.SourceKind.PAGE;
            findings.addAll(check.checkSource(path, FileTree.read(file), kind));
        }
        for (Path file : FileTree.files(root.resolve(SiteSettings.TEMPLATES), ".ftl", ".ftlh", ".html")) {
            String path = root.relativize(file).toString().replace('\\', '/');
            findings.addAll(check.checkSource(path, FileTree.read(file), FactsCheck.SourceKind.TEMPLATE));
        }
        return findings;
    }
}
