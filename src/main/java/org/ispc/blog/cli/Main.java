package org.ispc.blog.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.asciidoctor.Asciidoctor;
import org.ispc.blog.asciidoc.Engine;
import org.ispc.blog.diag.FailureMarker;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.importer.OldPageImport;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.pipeline.ConsoleReport;
import org.ispc.blog.pipeline.FactsOnly;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.preview.PreviewServer;
import org.ispc.blog.report.ContentReport;
import org.ispc.blog.report.ContentState;
import org.ispc.blog.startup.StartupArchive;
import org.ispc.blog.writer.NewArticle;

/**
 * The one entry point: {@code Main <command> [<project folder>] [--option=value ...]}, each command as a pom.xml
 * profile runs it (build for {@code mvn package}, facts, preview, new, import, report for {@code mvn site}). The
 * options are read once, here ({@link Options}); a command line that cannot run gets one line saying why and
 * exit code 2. Given {@code --failure-marker=file}, a failed command writes that file and exits with 0, so that
 * Maven fails on it with a sentence rather than a stack trace ({@link FailureMarker}).
 */
public final class Main {

    /** The start-up archive is worth making from a run that started Asciidoctor: JRuby is most of what it holds. */
    private static final String ENGINE_CLASS = "org/asciidoctor/jruby/internal/JRubyAsciidoctor";

    private static final Duration DUMP_TIMEOUT = Duration.ofMinutes(3);
    /** A command line that cannot run; not 1, which a JVM that ends with an uncaught error exits with. */
    static final int CANNOT_RUN = 2;

    private Main() {}

    public static void main(String[] args) {
        // libraries inside JBake log through java.util.logging; logback.xml quiets the rest
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        Map<String, String> properties = System.getProperties().stringPropertyNames().stream()
                .collect(Collectors.toMap(name -> name, System::getProperty));
        // the preview returns with its server running, until Ctrl+C; every other command ends the JVM, which
        // JBake's threads would otherwise keep alive
        run(List.of(args), properties, System.getenv(), System.out).ifPresent(System::exit);
    }

    /**
     * Runs a command line.
     *
     * @return the exit code; empty for a preview that is serving
     */
    static OptionalInt run(
            List<String> args, Map<String, String> properties, Map<String, String> environment, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args, properties, environment);
        } catch (Options.Invalid e) {
            out.println(e.getMessage());
            return OptionalInt.of(e.failureMarker().failed(e.getMessage(), CANNOT_RUN));
        }
        return switch (options.command()) {
            case BUILD -> OptionalInt.of(build(options, out));
            case FACTS -> OptionalInt.of(facts(options, out));
            case PREVIEW -> preview(options, out);
            case NEW -> OptionalInt.of(newArticle(options, out));
            case IMPORT -> OptionalInt.of(importPages(options, out));
            case REPORT -> OptionalInt.of(report(options, out));
        };
    }

    /** {@code mvn package}: the whole build, published only when nothing is wrong. */
    private static int build(Options options, PrintStream out) {
        boolean ok;
        // JRuby takes seconds to start: only when an article is not in the cache, on its own thread
        try (Engine.Starting asciidoctor = Engine.starting()) {
            SiteBuild.Outcome outcome = SiteBuild.standard(asciidoctor, Clock.systemDefaultZone(), options.build())
                    .run(options.root(), false);
            ConsoleReport.print(outcome, options.root(), out, options.environment());
            ok = outcome.published();
        } catch (UncheckedIOException e) {
            out.println("build FAILED: cannot write the site: " + e.getCause().getMessage());
            ok = false;
        }
        StartupArchive.missingInThisJvm().ifPresent(archive -> archive.write(ENGINE_CLASS, DUMP_TIMEOUT, out));
        return buildExit(options.failureMarker(), ok);
    }

    /** {@code mvn -Pfacts}: the clinic facts check alone. */
    private static int facts(Options options, PrintStream out) {
        boolean passed =
                FactsOnly.run(options.root(), Clock.systemDefaultZone(), out, options.environment(), options.build());
        return buildExit(options.failureMarker(), passed);
    }

    private static int buildExit(FailureMarker marker, boolean passed) {
        return passed ? marker.passed() : marker.failed("the last site build failed; see its messages", 1);
    }

    /** {@code mvn -Ppreview}: serves the preview until Ctrl+C; when it cannot start, says why. */
    private static OptionalInt preview(Options options, PrintStream out) {
        Path root = options.root();
        int port = options.previewPort();
        if (!Files.isRegularFile(root.resolve(SiteSettings.PROPERTIES))) {
            return cannotStart(
                    options,
                    out,
                    "The preview found no " + SiteSettings.PROPERTIES + " in " + root + ": run it from the blog's"
                            + " folder.");
        }
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        PreviewServer server;
        try {
            server = PreviewServer.start(root, port, asciidoctor, Clock.systemDefaultZone(), options.build());
        } catch (BindException e) {
            return cannotStart(
                    options,
                    out,
                    "The preview cannot use port " + port + ": another program is using it (perhaps another"
                            + " preview). Stop it, or pick another port: mvn -Ppreview -Dpreview.port=9000");
        } catch (IOException e) {
            return cannotStart(options, out, "The preview could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(CANNOT_RUN);
        }
        options.failureMarker().passed();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "preview-stop"));
        out.println("Preview: " + server.address()
                + " (drafts included). Edit files in content/, templates/, assets/ or data/;"
                + " the page reloads by itself. Ctrl+C to stop.");
        return OptionalInt.empty();
    }

    private static OptionalInt cannotStart(Options options, PrintStream out, String why) {
        out.println(why);
        return OptionalInt.of(options.failureMarker().failed(why, CANNOT_RUN));
    }

    /** {@code mvn -Pnew -Dtitle=...}: starts an article, never over a file that exists. */
    private static int newArticle(Options options, PrintStream out) {
        Path root = options.root();
        try {
            NewArticle.Created created = new NewArticle(
                            root, Clock.systemDefaultZone(), () -> NewArticle.gitUserName(root))
                    .create(options.article());
            NewArticle.nextSteps(created, options.previewPort()).forEach(out::println);
            return options.failureMarker().passed();
        } catch (NewArticle.Refused e) {
            return refused(options, out, Command.NEW.notDone() + ": " + e.getMessage());
        }
    }

    /** {@code mvn -Pimport -Dfrom=...}: saved pages of the old site made drafts. */
    private static int importPages(Options options, PrintStream out) {
        try {
            OldPageImport.Result result = new OldPageImport(
                            options.root(), Clock.systemDefaultZone(), Phones.standard())
                    .run(options.importFrom().orElseThrow());
            OldPageImport.report(result).forEach(out::println);
            if (result.imported().isEmpty()) {
                return refused(options, out, Command.IMPORT.notDone() + ": see the warnings above.");
            }
            return options.failureMarker().passed();
        } catch (OldPageImport.Refused e) {
            return refused(options, out, Command.IMPORT.notDone() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return refused(options, out, "Nothing more was imported: " + e.getMessage());
        }
    }

    private static int refused(Options options, PrintStream out, String why) {
        out.println(why);
        return options.failureMarker().failed(why, 1);
    }

    /** {@code mvn site}: the content report, from a preview build. */
    private static int report(Options options, PrintStream out) {
        Path output = options.reportOutput();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            ContentState state = ContentReport.write(
                    asciidoctor, options.root(), output, Clock.systemDefaultZone(), options.build());
            long errors = state.findings().stream().filter(Finding::isError).count();
            out.printf(
                    "content report: %d articles, %d error(s), %d warning(s) found; written to %s%n",
                    state.articles().size(), errors, state.findings().size() - errors, output);
            return 0;
        } catch (IOException e) {
            out.println("content report FAILED: cannot write " + output + ": " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            out.println("content report FAILED: cannot write the preview: "
                    + e.getCause().getMessage());
            return 1;
        }
    }
}
