package org.ispc.blog.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.asciidoctor.Asciidoctor;
import org.ispc.blog.asciidoc.Engine;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.Check;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.pipeline.BuildOptions;
import org.ispc.blog.pipeline.Checks;
import org.ispc.blog.pipeline.SiteBuild;

/**
 * The content report of the team's site: {@code mvn site} runs this before rendering, and the site plugin
 * turns its Markdown into content-report.html. It builds the site in preview mode (into target/preview, so
 * drafts and scheduled articles are read and checked too), then lists what the marketing lead needs: the
 * articles, what is scheduled or still a draft, what is due for medical review, the tags and every finding.
 */
public final class ContentReport {

    /** Where the site plugin looks for generated Markdown pages, relative to the project root. */
    public static final String OUTPUT = "target/generated-site/markdown/content-report.md";

    /** When the site's settings cannot be read: the default of {@code review.maxAgeMonths}. */
    private static final int REVIEW_MAX_AGE_MONTHS = 12;

    private ContentReport() {}

    /**
     * Builds the site under {@code projectRoot} in preview mode and gathers what the report shows.
     *
     * @param clock decides what is scheduled and which reviews are due, as in any build
     */
    public static ContentState collect(Asciidoctor asciidoctor, Path projectRoot, Clock clock, BuildOptions options) {
        AtomicReference<BuiltSite> built = new AtomicReference<>();
        List<Check> checks = new ArrayList<>(Checks.standard(clock, options.facts()));
        checks.add(new Check() {
            @Override
            public String name() {
                return "content report";
            }

            @Override
            public List<Finding> run(BuiltSite site) {
                built.set(site);
                return List.of();
            }
        });
        SiteBuild.Outcome outcome =
                new SiteBuild(Engine.of(asciidoctor), Phones.standard(), clock, checks, options).run(projectRoot, true);
        BuiltSite site = built.get();
        return new ContentState(
                site == null ? LocalDate.now(clock) : site.settings().today(),
                site != null,
                site == null ? List.of() : site.catalog().all(),
                outcome.findings(),
                site == null ? REVIEW_MAX_AGE_MONTHS : site.settings().reviewMaxAgeMonths());
    }

    /** Builds the site in preview mode and writes the report to {@code output}; returns what it shows. */
    public static ContentState write(Asciidoctor asciidoctor, Path projectRoot, Path output, Clock clock)
            throws IOException {
        return write(asciidoctor, projectRoot, output, clock, BuildOptions.DEFAULTS);
    }

    /** As {@link #write(Asciidoctor, Path, Path, Clock)}, with the command line's options. */
    public static ContentState write(
            Asciidoctor asciidoctor, Path projectRoot, Path output, Clock clock, BuildOptions options)
            throws IOException {
        ContentState state = collect(asciidoctor, projectRoot, clock, options);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, MarkdownReport.render(state), StandardCharsets.UTF_8);
        return state;
    }
}
