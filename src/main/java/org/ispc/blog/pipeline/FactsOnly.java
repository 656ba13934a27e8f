package org.ispc.blog.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.facts.ClinicFactsGate;
import org.ispc.blog.facts.ClinicFactsLoader;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.files.ProjectFiles;
import org.ispc.blog.github.GitHubActions;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.publish.BuildLock;

/**
 * The clinic facts check on its own, without baking (`mvn -Pfacts`): data/clinic.yml, every content file and
 * template, and the pages of the last published site in target/www when there is one. For the marketing
 * team right after editing data/clinic.yml: it lists every place that still states an old fact.
 */
public final class FactsOnly {

    private FactsOnly() {}

    /** @return true when no error was found */
    static boolean run(Path root, Clock clock, PrintStream out) {
        return run(root, clock, out, Map.of(), BuildOptions.DEFAULTS);
    }

    /**
     * As {@link #run(Path, Clock, PrintStream)}, with the command line's options, and annotations on GitHub's
     * runners (see {@link GitHubActions}).
     */
    public static boolean run(
            Path root, Clock clock, PrintStream out, Map<String, String> environment, BuildOptions options) {
        // reads target/www, which a build running meanwhile would be replacing
        try (BuildLock lock = BuildLock.take(root, "mvn -Pfacts", out)) {
            return check(root, clock, out, environment, options);
        }
    }

    private static boolean check(
            Path root, Clock clock, PrintStream out, Map<String, String> environment, BuildOptions options) {
        Findings findings = new Findings();
        findings.addAll(ProjectFiles.outside(root));
        if (findings.hasErrors()) {
            return report(findings, out, environment); // nothing is read that lies outside the project
        }
        ClinicFactsLoader.Loaded loaded = ClinicFactsLoader.load(root, Phones.standard());
        findings.addAll(loaded.findings());
        Optional<SiteSettings> read = loaded.facts().isPresent()
                ? SiteBuild.settings(root, false, clock, options, findings)
                : Optional.empty();
        if (read.isPresent()) {
            try {
                SiteSettings settings = read.get();
                Path site = root.resolve(SiteBuild.WWW);
                Path pages = Files.isDirectory(site) ? site : Files.createTempDirectory("no-site");
                BuiltSite built =
                        new BuiltSite(settings, new Catalog(), loaded.facts().get(), loaded.verifiedAt(), pages);
                findings.addAll(new ClinicFactsGate(Phones.standard(), clock, options.facts()).run(built));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return report(findings, out, environment);
    }

    private static boolean report(Findings findings, PrintStream out, Map<String, String> environment) {
        List<Finding> all = findings.sorted();
        all.forEach(f -> out.println(f.format()));
        GitHubActions.from(environment).ifPresent(github -> github.annotate(all, out));
        out.printf(
                "clinic facts: %d error(s), %d warning(s) in data/clinic.yml, content/, templates/ and %s; report in %s%n",
                findings.errorCount(), findings.warningCount(), SiteBuild.WWW, ClinicFactsGate.REPORT);
        return !findings.hasErrors();
    }
}
