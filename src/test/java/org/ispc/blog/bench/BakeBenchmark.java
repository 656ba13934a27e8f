package org.ispc.blog.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bake benchmark of issue 8, run by {@code bench/run.sh}: on the same generated corpus and in the same run,
 * our cold {@code mvn package} (real Maven, and the pom's own java command), our rebuilds (nothing changed, one
 * article changed), stock JBake 2.7.0 (its Maven plugin and from Java), AsciidoctorJ alone, and the related
 * selection benchmark of issue 3. Every figure is the median of several runs, each in a fresh JVM; the results go
 * to {@code target/bench/results-<date>.md}.
 *
 * <p>It expects a compiled snapshot of the project (pom.xml, .mvn, src, site files, target/classes,
 * target/test-classes and cp-runtime.txt), which bench/run.sh prepares, so that edits made to the working tree
 * during the run change nothing. The options are listed by {@code bench/run.sh --help}.
 */
public final class BakeBenchmark {

    static final long SEED = 42L;
    /** Compiled state that a cold build keeps: everything else under target/ is removed. */
    private static final Set<String> COMPILED =
            Set.of("classes", "test-classes", "maven-status", "generated-sources", "generated-test-sources");

    private static final Pattern SUMMARY = Pattern.compile("^build (OK|FAILED)\\b.*\\[(.*)\\]\\s*$", Pattern.MULTILINE);
    private static final Pattern STEP = Pattern.compile("^(.+) (\\d+)E/(\\d+)W (\\d+)ms$");

    /** What the command line asked for. */
    record Config(
            List<Integer> sizes,
            int runs,
            boolean stockAll,
            boolean stock,
            boolean mvn,
            boolean asciidoctor,
            boolean related,
            boolean preview,
            long timeout,
            long stockTimeout,
            double busy,
            long settle,
            Path project,
            Path out,
            String commandLine) {

        boolean stockAt(int size) {
            return stock && (stockAll || size <= 1000);
        }
    }

    /** One measured run. {@code problem} is null when the run succeeded. */
    record Sample(
            String measure,
            int size,
            int run,
            Measured.Result result,
            long heapMb,
            Map<String, Long> steps,
            Map<String, Long> extra,
            String problem,
            String findings) {

        Sample(
                String measure,
                int size,
                int run,
                Measured.Result result,
                long heapMb,
                Map<String, Long> steps,
                Map<String, Long> extra,
                String problem) {
            this(measure, size, run, result, heapMb, steps, extra, problem, null);
        }

        /** The run did its whole work and its time counts (a build that failed on findings still ran every step). */
        boolean ok() {
            return problem == null;
        }
    }

    private final Config config;
    private final Measured measured;
    private final List<Sample> samples = new ArrayList<>();
    private final List<String> relatedLines = new ArrayList<>();
    private final List<String> previewLines = new ArrayList<>();
    private final Set<String> givenUp = new HashSet<>();
    private final String javaBin =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String cp;
    private final PomCommand pom;

    private BakeBenchmark(Config config) throws IOException {
        this.config = config;
        this.measured = new Measured(config.busy(), config.settle());
        this.cp = Files.readString(config.project().resolve("cp-runtime.txt")).trim();
        this.pom = PomCommand.read(config.project().resolve("pom.xml"));
    }

    public static void main(String[] args) throws Exception {
        Config config = parse(args);
        new BakeBenchmark(config).runAll();
    }

    private void runAll() throws Exception {
        Path out = config.out();
        Files.createDirectories(out.resolve("logs"));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
        Machine machine = Machine.describe(javaBin, config.project());
        System.out.println(machine.markdown());
        if (!Measured.haveTime()) {
            System.out.println(
                    "warning: /usr/bin/time is missing: no peak RSS and no CPU times (apt-get install time)");
        }

        for (int size : config.sizes()) {
            prepareCorpus(size);
            if (config.stockAt(size)) {
                prepareStock(stockDir(size), corpus(size).resolve("content/blog"));
            }
        }
        if (config.sizes().stream().anyMatch(config::stockAt)) {
            warmUpStockPlugin();
        }
        prepareStartupArchive();

        for (int run = 1; run <= config.runs(); run++) {
            for (int size : config.sizes()) {
                oursJava(size, run);
                if (config.mvn()) {
                    oursMvn(size, run);
                }
                if (config.stockAt(size)) {
                    stockMaven(size, run);
                    stockJava(size, run);
                }
                if (config.asciidoctor()) {
                    asciidoctorOnly(size, run);
                }
            }
        }
        if (config.related()) {
            related();
        }
        if (config.preview() && config.sizes().contains(1000)) {
            preview();
        }

        Report report = new Report(config, machine, samples, relatedLines, previewLines);
        String markdown = report.markdown(stamp);
        Path md = out.resolve("results-" + stamp + ".md");
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("results-" + stamp + ".tsv"), report.tsv(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(markdown);
        System.out.println("results written to " + md + " (every run: "
                + md.getFileName().toString().replace(".md", ".tsv") + ", logs in " + out.resolve("logs") + ")");
    }

    // ---------------------------------------------------------------- set-up

    private Path corpus(int size) {
        return config.out().resolve("corpus-" + size);
    }

    private Path stockDir(int size) {
        return config.out().resolve("stock-maven-" + size);
    }

    /**
     * target/bench/corpus-N: a complete copy of the project (pom, sources, site settings, templates, assets,
     * clinic data, the pages of content/ such as about and locations) with N generated articles, compiled in place once so that
     * the timed builds find their classes up to date.
     */
    private void prepareCorpus(int size) throws Exception {
        Path project = config.project();
        Path corpus = corpus(size);
        progress("preparing " + corpus + " (" + size + " articles, seed " + SEED + ")");
        deleteTree(corpus);
        // the project's site without its articles: settings, templates, assets, pages (about, locations, ...)
        // and partials, data/ but redirects.yml, which points at the project's own articles
        for (String name : List.of("jbake.properties", "templates", "assets", "content")) {
            copyTree(project.resolve(name), corpus.resolve(name));
        }
        deleteTree(corpus.resolve("content/blog"));
        copyTree(project.resolve("data"), corpus.resolve("data"));
        Files.deleteIfExists(corpus.resolve("data/redirects.yml"));
        CorpusGenerator.write(corpus.resolve("content"), size, SEED);

        if (config.mvn()) {
            for (String name : List.of("pom.xml", ".mvn", "src")) {
                if (Files.exists(project.resolve(name))) {
                    copyTree(project.resolve(name), corpus.resolve(name));
                }
            }
            for (String name : COMPILED) {
                Path from = project.resolve("target").resolve(name);
                if (Files.exists(from)) {
                    copyTree(from, corpus.resolve("target").resolve(name));
                }
            }
            // untimed: brings the copy's compiler state (absolute paths) and formatting up to date
            mavenSetup(corpus, List.of("test-compile"), "setup-compile-" + size);
        }
    }

    /** target/bench/stock-maven-N: stock JBake's Maven plugin with the stock site and the same articles. */
    private void prepareStock(Path dir, Path articles) throws IOException {
        Path bench = config.project().resolve("src/test/resources/bench");
        deleteTree(dir);
        Files.createDirectories(dir);
        Files.copy(bench.resolve("stock-pom.xml"), dir.resolve("pom.xml"));
        Path site = dir.resolve("src/main/jbake");
        copyTree(bench.resolve("stock-site"), site);
        Path blog = Files.createDirectories(site.resolve("content/blog"));
        try (Stream<Path> files = Files.list(articles)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".adoc")).sorted().toList()) {
                Files.copy(f, blog.resolve(f.getFileName()));
            }
        }
    }

    /** Resolves jbake-maven-plugin (online the first time) and checks the stock templates on three articles. */
    private void warmUpStockPlugin() throws Exception {
        Path dir = config.out().resolve("stock-maven-warmup");
        Path few = config.out().resolve("stock-warmup-articles");
        deleteTree(few);
        Files.createDirectories(few);
        Path any = corpus(config.sizes().get(0)).resolve("content/blog");
        for (String name : List.of("article-00000.adoc", "article-00001.adoc", "article-00002.adoc")) {
            Files.copy(any.resolve(name), few.resolve(name));
        }
        prepareStock(dir, few);
        progress("resolving jbake-maven-plugin 2.7.0-rc.7 and checking the stock templates (3 articles)");
        mavenSetup(dir, List.of("package"), "setup-stock-plugin");
    }

    /** An untimed Maven run: offline first, online if something is not in the local repository yet. */
    private void mavenSetup(Path dir, List<String> goals, String logName) throws Exception {
        List<String> offline = new ArrayList<>(List.of("mvn", "-B", "-q", "-o"));
        offline.addAll(goals);
        Measured.Result r = measured0().run(dir, offline, Map.of(), 1800, logs(logName));
        if (!r.ok()) {
            progress("offline Maven failed in " + dir + "; resolving online");
            List<String> online = new ArrayList<>(List.of("mvn", "-B", "-q"));
            online.addAll(goals);
            r = measured0().run(dir, online, Map.of(), 1800, logs(logName + "-online"));
            if (!r.ok()) {
                throw new IllegalStateException("Maven set-up failed in " + dir + ", see " + logs(logName + "-online"));
            }
        }
    }

    /**
     * The bake's JVM maps the start-up archive that the first build on a machine writes (see the pom's
     * {@code bake.classArchive}): made here, unmeasured, so that no measured run but "first build" writes it.
     */
    private void prepareStartupArchive() throws Exception {
        int smallest = config.sizes().stream().min(Integer::compare).orElseThrow();
        Path corpus = corpus(smallest);
        Optional<Path> archive = pom.startupArchive(corpus);
        if (archive.isEmpty() || Files.exists(archive.get())) {
            return;
        }
        progress("bench: the first build on this machine writes the JVM's start-up archive " + archive.get());
        wipeCaches(corpus);
        Measured.Result r = measured0()
                .run(
                        corpus,
                        pom.javaCommand(javaBin, corpus, classes(), classpath(), gcLog("setup", smallest, 0)),
                        Map.of(),
                        config.timeout(),
                        logs("startup-archive"));
        if (!Files.exists(archive.get())) {
            throw new IllegalStateException(
                    "no start-up archive after a build (exit " + r.exit() + "), see " + logs("startup-archive"));
        }
    }

    /** Set-up commands do not wait for a quiet machine. */
    private static Measured measured0() {
        return new Measured(1.0, 0);
    }

    // ---------------------------------------------------------------- measurements

    /** Our bake exactly as pom.xml's exec execution runs it: cold, then nothing changed, then one article changed. */
    private void oursJava(int size, int run) throws Exception {
        Path corpus = corpus(size);
        wipeCaches(corpus);
        ours(
                "ours-java-cold",
                size,
                run,
                corpus,
                gc -> pom.javaCommand(javaBin, corpus, classes(), classpath(), gc),
                Map.of());
        ours(
                "ours-java-warm",
                size,
                run,
                corpus,
                gc -> pom.javaCommand(javaBin, corpus, classes(), classpath(), gc),
                Map.of());
        withOneArticleChanged(
                corpus,
                size,
                run,
                () -> ours(
                        "ours-java-one",
                        size,
                        run,
                        corpus,
                        gc -> pom.javaCommand(javaBin, corpus, classes(), classpath(), gc),
                        Map.of()));
    }

    /**
     * A real {@code mvn -o -q package} of the corpus copy of the project (its bake forks the same JVM). The first
     * build on a machine is measured too: cold, and without the JVM's start-up archive, which it then writes.
     */
    private void oursMvn(int size, int run) throws Exception {
        Path corpus = corpus(size);
        Optional<Path> archive = pom.startupArchive(corpus);
        if (archive.isPresent()) {
            wipeCaches(corpus);
            Files.deleteIfExists(archive.get());
            ours("ours-mvn-first", size, run, corpus, gc -> pom.mavenCommand(gc), Map.of());
        }
        wipeCaches(corpus);
        ours("ours-mvn-cold", size, run, corpus, gc -> pom.mavenCommand(gc), Map.of());
        ours("ours-mvn-warm", size, run, corpus, gc -> pom.mavenCommand(gc), Map.of());
        withOneArticleChanged(
                corpus, size, run, () -> ours("ours-mvn-one", size, run, corpus, gc -> pom.mavenCommand(gc), Map.of()));
    }

    private interface CommandFor {
        List<String> of(Path gcLog);
    }

    private interface Step {
        void run() throws Exception;
    }

    private void ours(String measure, int size, int run, Path dir, CommandFor command, Map<String, String> env)
            throws Exception {
        Path gc = gcLog(measure, size, run);
        Measured.Result r =
                measured.run(dir, command.of(gc), env, config.timeout(), logs(measure + "-" + size + "-" + run));
        Map<String, Long> steps = new LinkedHashMap<>();
        String problem = problem(r, config.timeout());
        Matcher m = SUMMARY.matcher(r.output());
        String status = null;
        while (m.find()) {
            status = m.group(1);
            steps.clear();
            for (String part : m.group(2).split(", ")) {
                Matcher s = STEP.matcher(part.trim());
                if (s.matches()) {
                    steps.put(s.group(1), Long.parseLong(s.group(4)));
                }
            }
        }
        String findings = null;
        if (status == null) {
            problem = problem != null ? problem : "no build summary in the output";
        } else if (status.equals("FAILED")) {
            // every step ran and was timed; only the publishing (a folder swap) was skipped, and Maven then
            // stops at the enforcer (exit code 1). The time counts, the report marks the run and says why.
            findings = errorRules(r.output());
            if (problem != null && !(r.exit() == 1 && measure.startsWith("ours-mvn"))) {
                findings = null;
            } else {
                problem = null;
            }
        }
        record(new Sample(measure, size, run, r, Measured.heapPeakMb(gc), steps, Map.of(), problem, findings));
    }

    private static final Pattern ERROR_RULE = Pattern.compile(": error: .*\\[([\\w/.-]+)]\\s*$", Pattern.MULTILINE);

    /** "4 × facts/unknown-phone, e.g. target/www/sitemap.xml:1670:51: ...": what made a build fail. */
    private static String errorRules(String output) {
        Map<String, Integer> rules = new java.util.TreeMap<>();
        String first = null;
        Matcher m = ERROR_RULE.matcher(output);
        while (m.find()) {
            rules.merge(m.group(1), 1, Integer::sum);
            if (first == null) {
                int start = output.lastIndexOf('\n', m.start()) + 1;
                first = output.substring(start, m.end()).trim();
            }
        }
        if (rules.isEmpty()) {
            return "the build failed (see its log)";
        }
        StringBuilder sb = new StringBuilder("the build failed on ");
        rules.forEach((rule, n) -> sb.append(n).append(" × ").append(rule).append(", "));
        sb.setLength(sb.length() - 2);
        if (first != null) {
            sb.append("; the first: `")
                    .append(first.length() > 240 ? first.substring(0, 240) + "…" : first)
                    .append('`');
        }
        return sb.toString();
    }

    /** Appends a sentence to one article, runs the step, and puts the article back as it was. */
    private void withOneArticleChanged(Path corpus, int size, int run, Step step) throws Exception {
        Path article = corpus.resolve(String.format("content/blog/article-%05d.adoc", size / 2));
        byte[] original = Files.readAllBytes(article);
        Files.writeString(
                article,
                new String(original, StandardCharsets.UTF_8)
                        + "\nOne more sentence, added by the benchmark (run " + run + ", " + System.nanoTime()
                        + ").\n",
                StandardCharsets.UTF_8);
        try {
            step.run();
        } finally {
            Files.write(article, original);
        }
    }

    private void stockMaven(int size, int run) throws Exception {
        String measure = "stock-mvn";
        if (givenUp.contains(measure + size)) {
            return;
        }
        Path dir = stockDir(size);
        deleteTree(dir.resolve("target"));
        Path gc = gcLog(measure, size, run);
        Measured.Result r = measured.run(
                dir,
                List.of("mvn", "-B", "-o", "-q", "package"),
                Map.of("MAVEN_OPTS", "-Xlog:gc,gc+heap+exit:file=" + gc),
                config.stockTimeout(),
                logs(measure + "-" + size + "-" + run));
        String problem = problem(r, config.stockTimeout());
        if (problem == null) {
            problem = checkPages(dir.resolve("target/stock-site-1/blog"), size);
        }
        if (r.timedOut()) {
            givenUp.add(measure + size);
        }
        record(new Sample(measure, size, run, r, Measured.heapPeakMb(gc), Map.of(), Map.of(), problem));
    }

    private void stockJava(int size, int run) throws Exception {
        String measure = "stock-java";
        if (givenUp.contains(measure + size)) {
            return;
        }
        Path output = config.out().resolve("stock-java-" + size);
        deleteTree(output);
        Path gc = gcLog(measure, size, run);
        Path testClasses = config.project().resolve("target/test-classes");
        List<String> command = new ArrayList<>(List.of(
                javaBin,
                "--add-opens",
                "java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens",
                "java.base/java.io=ALL-UNNAMED",
                "-Xlog:gc,gc+heap+exit:file=" + gc,
                "-Dlogback.configurationFile=" + testClasses.resolve("bench/stock-logback.xml"),
                "-cp",
                testClasses + ":" + cp,
                StockJBakeBench.class.getName(),
                stockDir(size).resolve("src/main/jbake").toString(),
                output.toString()));
        Measured.Result r = measured.run(
                config.out(), command, Map.of(), config.stockTimeout(), logs(measure + "-" + size + "-" + run));
        String problem = problem(r, config.stockTimeout());
        if (problem == null) {
            problem = checkPages(output.resolve("blog"), size);
        }
        if (r.timedOut()) {
            givenUp.add(measure + size);
        }
        Map<String, Long> extra = new LinkedHashMap<>();
        Matcher m = Pattern.compile("stock-jbake: \\d+ errors, bake (\\d+) ms").matcher(r.output());
        if (m.find()) {
            extra.put("bake", Long.parseLong(m.group(1)));
        }
        record(new Sample(measure, size, run, r, Measured.heapPeakMb(gc), Map.of(), extra, problem));
    }

    private void asciidoctorOnly(int size, int run) throws Exception {
        String measure = "asciidoctor";
        Path output = config.out().resolve("asciidoctor-" + size);
        deleteTree(output);
        Path gc = gcLog(measure, size, run);
        Path testClasses = config.project().resolve("target/test-classes");
        List<String> command = new ArrayList<>();
        command.add(javaBin);
        command.addAll(pom.bakeJvmArgs());
        command.addAll(List.of(
                "--add-opens",
                "java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens",
                "java.base/java.io=ALL-UNNAMED",
                "-Xlog:gc,gc+heap+exit:file=" + gc,
                "-Dlogback.configurationFile=" + testClasses.resolve("bench/stock-logback.xml"),
                "-cp",
                testClasses + ":" + cp,
                AsciidoctorOnlyBench.class.getName(),
                corpus(size).resolve("content/blog").toString(),
                output.toString()));
        Measured.Result r =
                measured.run(config.out(), command, Map.of(), config.timeout(), logs(measure + "-" + size + "-" + run));
        String problem = problem(r, config.timeout());
        Map<String, Long> extra = new LinkedHashMap<>();
        Matcher m = Pattern.compile("asciidoctor-only: (\\d+) files, start (\\d+) ms, convert (\\d+) ms")
                .matcher(r.output());
        if (m.find()) {
            extra.put("start", Long.parseLong(m.group(2)));
            extra.put("convert", Long.parseLong(m.group(3)));
            if (problem == null && Long.parseLong(m.group(1)) != size) {
                problem = "converted " + m.group(1) + " files, not " + size;
            }
        } else if (problem == null) {
            problem = "no result line";
        }
        record(new Sample(measure, size, run, r, Measured.heapPeakMb(gc), Map.of(), extra, problem));
    }

    /** Issue 3's benchmark of the related selection alone (it runs five times per size itself). */
    private void related() throws Exception {
        side(
                "related",
                "related selection benchmark (RelatedBenchmark 1000 5000, -Xmx512m)",
                testJava(List.of("-Xmx512m"), "org.ispc.blog.related.bench.RelatedBenchmark", "1000", "5000"),
                l -> l.contains("articles: median") || l.startsWith("java "),
                relatedLines);
    }

    /**
     * The preview's latency on the 1,000-article corpus (issues 7 and 8), with the JVM options of {@code mvn
     * -Ppreview}: ten saves of an article's text, then ten of a retired number typed and taken out again.
     */
    private void preview() throws Exception {
        List<String> previewOptions = List.of(
                "-XX:TieredStopAtLevel=1",
                "-Xss4m",
                "--add-opens",
                "java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens",
                "java.base/java.io=ALL-UNNAMED");
        side(
                "preview",
                "preview latency benchmark (PreviewLatencyBench on the 1,000-article corpus, 10 saves)",
                testJava(
                        previewOptions,
                        "org.ispc.blog.bench.PreviewLatencyBench",
                        corpus(1000).toString(),
                        "10"),
                l -> l.startsWith("median "),
                previewLines);
    }

    /** A java command running one of the snapshot's classes, tests' included. */
    private List<String> testJava(List<String> options, String mainClass, String... args) {
        Path p = config.project();
        List<String> command = new ArrayList<>();
        command.add(javaBin);
        command.addAll(options);
        command.add("-cp");
        command.add(p.resolve("target/classes") + ":" + p.resolve("target/test-classes") + ":" + cp);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a benchmark that reports its own medians, keeping the lines {@code keep} accepts. */
    private void side(String name, String description, List<String> command, Predicate<String> keep, List<String> into)
            throws Exception {
        progress(description);
        Measured.Result r = measured.run(config.out(), command, Map.of(), config.timeout(), logs(name));
        r.output().lines().filter(keep).forEach(into::add);
        if (!r.ok()) {
            into.add("FAILED: " + problem(r, config.timeout()));
        }
        into.forEach(l -> progress("  " + l));
    }

    private static String problem(Measured.Result r, long timeout) {
        if (r.timedOut()) {
            return "> " + timeout + " s (timeout)";
        }
        return r.exit() == 0 ? null : "exit code " + r.exit();
    }

    private static String checkPages(Path folder, int expected) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "no output in " + folder;
        }
        try (Stream<Path> files = Files.list(folder)) {
            long pages = files.filter(f -> f.toString().endsWith(".html")).count();
            return pages == expected ? null : pages + " article pages instead of " + expected;
        }
    }

    private void record(Sample s) {
        samples.add(s);
        Measured.Result r = s.result();
        StringBuilder line = new StringBuilder(String.format(
                "[N=%d run %d] %-15s %7.1f s  cpu %6.1f s  rss %5s MB  heap %5s MB  others' cpu %5.1f s",
                s.size(),
                s.run(),
                s.measure(),
                r.wall(),
                r.cpu(),
                r.maxRssKb() < 0 ? "?" : String.valueOf(r.maxRssKb() / 1024),
                s.heapMb() < 0 ? "?" : String.valueOf(s.heapMb()),
                r.foreignCpu()));
        if (!s.steps().isEmpty()) {
            line.append("  ").append(s.steps());
        }
        if (!s.extra().isEmpty()) {
            line.append("  ").append(s.extra());
        }
        if (!s.ok()) {
            line.append("  PROBLEM: ").append(s.problem());
        }
        if (s.findings() != null) {
            line.append("  NOTE: ").append(s.findings());
        }
        progress(line.toString());
    }

    /** The snapshot's compiled classes, which every build of ours runs. */
    private Path classes() {
        return config.project().resolve("target/classes");
    }

    /** The runtime dependencies' jars, as the exec plugin's %classpath lists them. */
    private String classpath() {
        return cp;
    }

    private Path logs(String name) {
        return config.out().resolve("logs").resolve(name + ".log");
    }

    private Path gcLog(String measure, int size, int run) throws IOException {
        Path gc = logs(measure + "-" + size + "-" + run + "-gc");
        Files.deleteIfExists(gc);
        return gc;
    }

    private static void progress(String line) {
        System.out.println(line);
        System.out.flush();
    }

    // ---------------------------------------------------------------- files

    /** Removes every cache and output under target/ and keeps the compiled classes (target/ itself stays). */
    static void wipeCaches(Path root) throws IOException {
        Path target = root.resolve("target");
        if (!Files.isDirectory(target)) {
            Files.createDirectories(target); // as Maven leaves it: the bake's JVM writes its class list there
            return;
        }
        try (Stream<Path> children = Files.list(target)) {
            for (Path child : children.toList()) {
                if (!COMPILED.contains(child.getFileName().toString())) {
                    deleteTree(child);
                }
            }
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.createDirectories(dest.getParent());
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // directories get their modification times back after their files were written
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isDirectory).toList()) {
                Files.setLastModifiedTime(to.resolve(from.relativize(p).toString()), Files.getLastModifiedTime(p));
            }
        }
    }

    // ---------------------------------------------------------------- options

    static Config parse(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        int runs = 3;
        boolean quick = false;
        boolean stockAll = false;
        boolean stock = true;
        boolean mvn = true;
        boolean asciidoctor = true;
        boolean related = true;
        boolean preview = true;
        long timeout = 900;
        long stockTimeout = 900;
        double busy = 0.25;
        long settle = 30;
        Integer explicitRuns = null;
        Path project = Path.of("target/bench/project");
        Path out = Path.of("target/bench");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> quick = true;
                case "--head" -> {
                    // handled by bench/run.sh (which snapshot is measured); shown in the report's command
                }
                case "--runs" -> explicitRuns = Integer.parseInt(args[++i]);
                case "--stock-5000", "--stock-all" -> stockAll = true;
                case "--no-stock" -> stock = false;
                case "--no-mvn" -> mvn = false;
                case "--no-asciidoctor" -> asciidoctor = false;
                case "--no-related" -> related = false;
                case "--no-preview" -> preview = false;
                case "--timeout" -> timeout = Long.parseLong(args[++i]);
                case "--stock-timeout" -> stockTimeout = Long.parseLong(args[++i]);
                case "--settle" -> settle = Long.parseLong(args[++i]);
                case "--busy" -> busy = Double.parseDouble(args[++i]);
                case "--project" -> {
                    project = Path.of(args[++i]);
                    continue;
                }
                case "--out" -> {
                    out = Path.of(args[++i]);
                    continue;
                }
                default -> {
                    if (a.matches("\\d+")) {
                        sizes.add(Integer.parseInt(a));
                    } else {
                        System.err.println("unknown option " + a + "; see bench/run.sh --help");
                        System.exit(2);
                    }
                }
            }
            shown.add(a);
            if (a.equals("--runs")
                    || a.equals("--timeout")
                    || a.equals("--stock-timeout")
                    || a.equals("--settle")
                    || a.equals("--busy")) {
                shown.add(args[i]);
            }
        }
        if (sizes.isEmpty()) {
            sizes = quick ? List.of(1000) : List.of(1000, 5000);
        }
        runs = explicitRuns != null ? explicitRuns : quick ? 1 : runs;
        sizes = List.copyOf(new TreeSet<>(sizes));
        return new Config(
                sizes,
                runs,
                stockAll,
                stock,
                mvn,
                asciidoctor,
                related,
                preview,
                timeout,
                stockTimeout,
                busy,
                settle,
                project.toAbsolutePath().normalize(),
                out.toAbsolutePath().normalize(),
                ("bench/run.sh " + String.join(" ", shown)).trim());
    }
}
