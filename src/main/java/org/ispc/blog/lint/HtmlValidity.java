package org.ispc.blog.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import nu.validator.validation.SimpleDocumentValidator;
import org.ispc.blog.background.Background;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.Check;
import org.ispc.blog.checks.PageCache;
import org.ispc.blog.checks.SourceLocator;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.content.SitePath;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.RuleId;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Runs the Nu Html Checker (the W3C's validator) in the build's JVM over every generated page. An error is
 * reported at the template or article line that produced it when that line can be found, else at the page.
 */
public final class HtmlValidity implements Check {

    private static final RuleId HTML_INVALID = RuleId.of("html/invalid");

    private static final java.util.regex.Pattern HEADING =
            java.util.regex.Pattern.compile("^<h[1-6][^>]*>(.*)</h[1-6]>$");

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static final String CACHE = "target/cache/html/pages";

    /**
     * Off: guessing each page's language from its words took a third of the validator's time, for a warning
     * about the lang attribute, which the layout sets once for the whole English site (the judges' validator
     * still runs the guess).
     */
    private static final boolean LANGUAGE_DETECTION = false;

    /** A validator set up ahead of the check by {@link #prepare}, for the first page it checks. */
    private final AtomicReference<CompletableFuture<Validator>> prepared = new AtomicReference<>();

    @Override
    public String name() {
        return "html validity";
    }

    /** Sets up one validator (its schemas take most of a second to load) while the site is being baked. */
    @Override
    public synchronized void prepare() {
        if (prepared.get() == null) {
            prepared.set(Background.start("html-validator-set-up", Validator::new));
        }
    }

    /** The validator {@link #prepare} set up, if it did and no page took it yet; otherwise a new one. */
    private Validator validator() {
        CompletableFuture<Validator> ready = prepared.getAndSet(null);
        if (ready == null) {
            return new Validator();
        }
        return Background.await(ready);
    }

    @Override
    public boolean inPreview() {
        return false; // the slowest gate, and about the templates more than the writer's words: publish only
    }

    @Override
    public List<Finding> run(BuiltSite site) {
        SourceLocator locator = new SourceLocator(site);
        // a validator is not thread-safe but costs a second to set up: one per core, reused for its pages
        ThreadLocal<Validator> validators = ThreadLocal.withInitial(this::validator);
        List<PageProblem> problems;
        try {
            // the validator's verdict on a page depends on the page's bytes alone: an unchanged page is not
            // validated again
            PageCache<Problem[]> cache =
                    new PageCache<>(site.root().resolve(CACHE), Problem[].class, site.pageDigests());
            problems = FileTree.files(site.output(), ".html").parallelStream()
                    .flatMap(page -> java.util.Arrays.stream(cache.of(
                                    page, p -> validators.get().check(p).toArray(Problem[]::new)))
                            .map(p -> new PageProblem(SitePath.of(site.output(), page), outputLine(page, p), p)))
                    .toList();
            cache.save(true);
        } catch (IllegalStateException e) {
            return List.of(Finding.error(Position.file("pom.xml"), "html/validator", e.getMessage()));
        }
        Map<String, List<String>> pagesByProblem = new TreeMap<>();
        Map<String, Finding> findingByProblem = new TreeMap<>();
        for (PageProblem pp : problems) {
            Problem p = pp.problem();
            Position at = locate(locator, pp.pagePath(), pp.outputLine())
                    .orElse(Position.at(site.publishedPath(pp.pagePath()), p.line(), p.column()));
            String key = at + "|" + p.message();
            pagesByProblem
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(pp.pagePath().url());
            findingByProblem.putIfAbsent(
                    key,
                    new Finding(
                            at,
                            p.error() ? org.ispc.blog.diag.Severity.ERROR : org.ispc.blog.diag.Severity.WARNING,
                            HTML_INVALID,
                            p.message()));
        }
        List<Finding> findings = new ArrayList<>();
        findingByProblem.forEach((key, f) -> {
            List<String> pages = pagesByProblem.get(key).stream().sorted().toList();
            String where = pages.size() == 1
                    ? " (page " + pages.get(0) + ")"
                    : " (page " + pages.get(0) + " and " + (pages.size() - 1) + " others)";
            findings.add(new Finding(f.at(), f.severity(), f.rule(), "the HTML validator says: " + f.text() + where));
        });
        return findings;
    }

    private static String outputLine(Path page, Problem p) {
        if (p.line() <= 0) {
            return "";
        }
        List<String> lines = lines(page);
        return p.line() <= lines.size() ? lines.get(p.line() - 1).strip() : "";
    }

    /** One message of the validator, with the page and the page's line it concerns. */
    private record PageProblem(SitePath pagePath, String outputLine, Problem problem) {}

    /** One Nu validator set up for HTML, with the collector of its messages. */
    private static final class Validator {
        private final Collector collector = new Collector();
        private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, LANGUAGE_DETECTION);

        Validator() {
            try {
                validator.setUpMainSchema(HTML_SCHEMA, collector);
                validator.setUpValidatorAndParsers(collector, true, false);
            } catch (Exception e) {
                throw new IllegalStateException("the HTML validator could not start: " + e, e);
            }
        }

        List<Problem> check(Path page) {
            collector.problems.clear();
            try {
                validator.checkHtmlFile(page.toFile(), true);
            } catch (IOException | org.xml.sax.SAXException e) {
                collector.problems.add(new Problem(true, 0, 0, "cannot be read: " + e.getMessage()));
            }
            return List.copyOf(collector.problems);
        }
    }

    private static Optional<Position> locate(SourceLocator locator, SitePath pagePath, String outputLine) {
        if (outputLine.length() < 8) {
            return Optional.empty();
        }
        java.util.regex.Matcher heading = HEADING.matcher(outputLine);
        if (heading.matches()) {
            // "== Side sleeping" in the source is <h3 id="...">Side sleeping</h3> in the page
            String title = org.jsoup.Jsoup.parseBodyFragment(heading.group(1)).text();
            Optional<Position> at = locator.sourceOf(pagePath).flatMap(m -> headingLine(m, title));
            if (at.isPresent()) {
                return at;
            }
        }
        String snippet = outputLine.length() > 60 ? outputLine.substring(0, 60) : outputLine;
        return locator.locate(pagePath, snippet);
    }

    /** The line of the source's heading with this title, written "== Title" (any level). */
    private static Optional<Position> headingLine(org.ispc.blog.content.Manuscript m, String title) {
        String[] lines = m.source().lines().toArray(String[]::new);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("==")
                    && line.replaceFirst("^=+\\s+", "").strip().equals(title)) {
                return Optional.of(Position.at(m.path(), i + 1, 1));
            }
        }
        return Optional.empty();
    }

    record Problem(boolean error, int line, int column, String message) {}

    /** Receives the validator's messages for the page being checked. */
    private static final class Collector implements ErrorHandler {
        final List<Problem> problems = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            problems.add(new Problem(false, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(new Problem(true, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    private static List<String> lines(Path page) {
        try {
            return Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
