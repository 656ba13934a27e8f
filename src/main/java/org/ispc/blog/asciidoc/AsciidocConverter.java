package org.ispc.blog.asciidoc;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.ispc.blog.cache.CodeDigest;
import org.ispc.blog.content.BodyReading;
import org.ispc.blog.content.Digest;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.content.PropertiesHeader;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Converts the site's AsciiDoc files with one shared Asciidoctor instance, in SAFE mode, with includes
 * guarded and Asciidoctor's own warnings turned into findings at the writer's line.
 *
 * <p>Open one per bake ({@link #open}); {@link #close} removes its extensions from the shared instance.
 * {@link #convertAll} converts on every core, and skips files whose result is in the {@link ConversionCache}.
 */
public final class AsciidocConverter implements AutoCloseable {

    private static final String INVALID_REFERENCE = "possible invalid reference: ";
    /**
     * The header attributes kept besides {@code jbake-*}: the author line, and the date of the revision line (or
     * {@code :revdate:}), which JBake takes as the document's date when the header gives none.
     */
    private static final Set<String> HEADER_ATTRIBUTES = Set.of("author", "revdate");

    private static final String SECTION_OUT_OF_SEQUENCE = "section title out of sequence";
    private static final String UNTERMINATED = "unterminated ";
    private static final String UNKNOWN_STYLE = "unknown style for ";
    /** How far above a block its attribute lines ([source], [NOTE], an id) are looked for. */
    private static final int LINES_ABOVE_A_BLOCK = 10;
    /** AsciiDoc's call-outs: "NOTE: ..." at the start of a paragraph, or [NOTE] above a block, makes a box. */
    public static final List<String> ADMONITIONS = List.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION");
    /** The block styles a writer may put in square brackets above a block, for "did you mean". */
    private static final List<String> KNOWN_STYLES = java.util.stream.Stream.concat(
                    ADMONITIONS.stream(),
                    java.util.stream.Stream.of(
                            "source",
                            "quote",
                            "verse",
                            "sidebar",
                            "example",
                            "listing",
                            "literal",
                            "abstract",
                            "comment",
                            "pass",
                            "normal"))
            .toList();

    private static final java.util.regex.Pattern ADMONITION_TABLE =
            java.util.regex.Pattern.compile("(<div class=\"admonitionblock [a-z]+\">\\s*)<table>");
    private static final java.util.regex.Pattern WIDTH_STYLE =
            java.util.regex.Pattern.compile("(<(?:col|table)\\b[^>]*?) style=\"width: [0-9.]+%;?\"");
    private final Engine engine;
    /** The engine, once a file needed converting: set up with our extensions on first use. */
    private Asciidoctor asciidoctor;
    /** Serves the includes of every document this converter reads; set up with the engine. */
    private IncludeGuard includeGuard;

    private final Path projectRoot;
    private final Path contentRoot;
    private final Map<String, Object> siteAttributes;
    private final Optional<ConversionCache> cache;
    /** How a file may start with JBake's properties header, which is not AsciiDoc and is left out of the body. */
    private final PropertiesHeader.Rules headerRules;
    /** What an include may read, and what the files the includes of an article named hold now. */
    private final IncludedFiles includable;

    private final LogHandler logHandler;
    /** Findings of the conversion running on this thread: Asciidoctor reports on the converting thread. */
    private final ThreadLocal<List<Finding>> current = new ThreadLocal<>();
    /** The file converting on this thread, for Asciidoctor messages that name no place. */
    private final ThreadLocal<Path> currentFile = new ThreadLocal<>();

    private final Map<Path, Converted> converted = new ConcurrentHashMap<>();
    private final Object firstConversion = new Object();
    /** Whether a file was converted with the engine yet (see {@link #convertOnce}). */
    private volatile boolean warmedUp;

    private AsciidocConverter(
            Engine engine,
            Path projectRoot,
            Path contentRoot,
            Map<String, String> siteAttributes,
            Optional<ConversionCache> cache,
            PropertiesHeader.Rules headerRules) {
        this.engine = engine;
        this.headerRules = headerRules;
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.siteAttributes = new TreeMap<>(siteAttributes);
        this.cache = cache;
        this.includable = new IncludedFiles(this.projectRoot, List.of(this.contentRoot));
        this.logHandler = this::report;
    }

    /**
     * Prepares the shared instance for one bake. The engine is asked for only when a file is not in the
     * cache: a rebuild that finds every file there never waits for JRuby to start.
     *
     * @param siteAttributes attributes every document can use, such as {@code clinic-phone}
     * @param cache where converted files are kept between builds, if anywhere
     * @param headerRules how jbake.properties shapes JBake's properties header, which a file may start with
     */
    public static AsciidocConverter open(
            Engine engine,
            Path projectRoot,
            Path contentRoot,
            Map<String, String> siteAttributes,
            Optional<ConversionCache> cache,
            PropertiesHeader.Rules headerRules) {
        return new AsciidocConverter(engine, projectRoot, contentRoot, siteAttributes, cache, headerRules);
    }

    /** The shared instance with our include guard and log handler, set up on first use. */
    private synchronized Asciidoctor engine() {
        if (asciidoctor == null) {
            Asciidoctor started = engine.get();
            started.unregisterAllExtensions();
            includeGuard = new IncludeGuard(projectRoot, includable, this::record);
            started.javaExtensionRegistry().includeProcessor(includeGuard);
            started.javaExtensionRegistry().preprocessor(new ProjectPaths(projectRoot));
            started.registerLogHandler(logHandler);
            asciidoctor = started;
        }
        return asciidoctor;
    }

    /**
     * Converts many files at once, one per core, keeping the results for {@link #convert}; files {@link
     * #lookUp} found in the cache are not read again.
     */
    public void convertAll(List<Path> files) {
        List<Path> missing = files.stream()
                .filter(file -> !converted.containsKey(file.toAbsolutePath().normalize()))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        onAllCores(missing, file -> {
            try {
                convert(file);
            } catch (RuntimeException e) {
                // left for JBake's turn at this file, which reports it at the file
            }
            return false;
        });
    }

    /**
     * Takes from the cache what it holds of {@code files}, on every core, and starts the engine at the first
     * file it does not hold: call it early, so that JRuby starts while the build does other work.
     *
     * @return the files that need converting, in order
     */
    public List<Path> lookUp(List<Path> files) {
        return onAllCores(files, file -> {
            boolean missing = !converted.containsKey(file.toAbsolutePath().normalize())
                    && cached(file).isEmpty();
            if (missing) {
                engine.startSoon();
            }
            return missing;
        });
    }

    /** Runs {@code work} on every file, on every core; the files for which it answered true, in order. */
    private static List<Path> onAllCores(List<Path> files, java.util.function.Predicate<Path> work) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            return pool.submit(() -> files.parallelStream().filter(work).toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("conversion interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The cached result for a file, kept for {@link #convert} when found. */
    private Optional<Converted> cached(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (cache.isEmpty()) {
            return Optional.empty();
        }
        Optional<Converted> hit = fromCache(key(abs, attributesFor(abs)));
        hit.ifPresent(c -> converted.putIfAbsent(abs, c));
        return hit;
    }

    /** Reads a file's header and converts its body; each file is converted once per bake. */
    public Converted convert(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return converted.computeIfAbsent(abs, this::convertOnce);
    }

    /** Whether a file converted so far included {@code file}, which then shows in more pages than its own. */
    public boolean isIncluded(Path file) {
        String name = includable.name(file);
        return converted.values().stream()
                .anyMatch(c -> c.includes() != null && c.includes().containsKey(name));
    }

    /** Forgets what {@link #convert} gave for a file that has changed since, so that it is converted again. */
    public void forget(Path file) {
        converted.remove(file.toAbsolutePath().normalize());
    }

    private Converted convertOnce(Path abs) {
        Map<String, Object> attributes = attributesFor(abs);
        String key = cache.isPresent() ? key(abs, attributes) : "";
        Optional<Converted> hit = fromCache(key);
        if (hit.isPresent()) {
            return hit.get();
        }
        if (!warmedUp) {
            // the first conversion loads Asciidoctor's Ruby classes: done alone, no two threads load them at once
            synchronized (firstConversion) {
                if (!warmedUp) {
                    try {
                        return convertNow(abs, attributes, key);
                    } finally {
                        warmedUp = true;
                    }
                }
            }
        }
        return convertNow(abs, attributes, key);
    }

    private Converted convertNow(Path abs, Map<String, Object> attributes, String key) {
        List<Finding> findings = new ArrayList<>();
        current.set(findings);
        currentFile.set(abs);
        try {
            Asciidoctor engine = engine();
            includeGuard.startDocument();
            Document document = load(engine, abs, attributes);
            Map<String, String> header = new TreeMap<>();
            document.getAttributes().forEach((name, value) -> {
                if (name.startsWith("jbake-") || HEADER_ATTRIBUTES.contains(name)) {
                    // Asciidoctor escapes &, < and > in header values ("Knee &amp; hip"): the templates escape
                    // every value they print, so the values are kept as the writer typed them
                    header.put(
                            name, Parser.unescapeEntities(String.valueOf(value).trim(), false));
                }
            });
            String doctitle = document.getDoctitle();
            String title = doctitle == null ? "" : Jsoup.parse(doctitle).text();
            String body = withLayoutTablesMarked(withoutWidthStyles(document.convert()));
            org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(body);
            Converted result = new Converted(
                    title, header, body, idsIn(parsed), BodyReading.of(parsed), findings, includeGuard.included());
            cache.ifPresent(c -> c.put(key, result));
            return result;
        } finally {
            current.remove();
            currentFile.remove();
        }
    }

    /**
     * Reads a file into Asciidoctor. A file that starts with JBake's properties header ({@code title=...}, then
     * {@code ~~~~~~}) is read without it, as JBake reads it, with the header's lines left empty so that every line
     * keeps its number.
     */
    private Document load(Asciidoctor engine, Path abs, Map<String, Object> attributes) {
        String text = sourceText(abs);
        Optional<PropertiesHeader> properties = PropertiesHeader.of(text, headerRules);
        Map<String, Object> all = attributes;
        if (properties.isPresent()) {
            all = new HashMap<>(attributes);
            all.put("docfile", abs.toString()); // messages and includes then name the file, as loadFile does
        }
        // Asciidoctor reads allowed includes itself, and SAFE mode keeps what it reads inside its base folder: the
        // content, where partials are (the include guard makes paths go from the including file's folder)
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(contentRoot.toFile())
                .sourcemap(true)
                .attributes(all)
                .build();
        return properties.isEmpty()
                ? engine.loadFile(abs.toFile(), options)
                : engine.load(properties.get().blanked(text), options);
    }

    private Map<String, Object> attributesFor(Path file) {
        Map<String, Object> attributes = new HashMap<>(siteAttributes);
        // xref:other.adoc[] must become the clean, root-relative URL of the other document
        Path dir = contentRoot.relativize(file.getParent());
        String prefix = dir.toString().isEmpty() ? "/" : "/" + dir.toString().replace(File.separatorChar, '/') + "/";
        attributes.put("relfileprefix", prefix);
        attributes.put("relfilesuffix", "/");
        // image::knee.jpg[...] shows assets/images/knee.jpg, which the build also resizes for phones
        attributes.put("imagesdir", "/images");
        attributes.put("idprefix", "");
        attributes.put("idseparator", "-");
        attributes.put("attribute-missing", "warn");
        attributes.put("showtitle", null);
        attributes.put("notitle", "");
        attributes.put("icons", null);
        attributes.put("source-highlighter", null);
        attributes.put("sectanchors", null);
        attributes.put("nofooter", "");
        // the article template lists a long article's sections itself ("On this page"); a ':toc:' typed in an
        // article would give a second, unstyled list
        attributes.put("toc", null);
        return attributes;
    }

    /**
     * What a conversion depends on, but for the files its includes read (checked with each entry, see {@link
     * #fromCache}): the file, the attributes and the build's code with its libraries ({@link CodeDigest}). Any
     * change gives a new key, so a stale result is never used.
     */
    private String key(Path file, Map<String, Object> attributes) {
        try {
            return Digest.of(
                    bytes(CodeDigest.ofRunningBuild()),
                    bytes(projectRoot.relativize(file).toString()),
                    bytes(new TreeMap<>(attributes).toString()),
                    bytes(headerRules.toString()),
                    Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A kept conversion of the file {@code key} names, while every file its includes named is as it was: an
     * included file is part of what an article depends on, wherever it lies (the key holds only the article).
     */
    private Optional<Converted> fromCache(String key) {
        return cache.flatMap(c -> c.get(key)).filter(kept -> includable.unchanged(kept.includes()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Set<String> idsIn(org.jsoup.nodes.Document body) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element e : body.select("[id]")) {
            ids.add(e.id());
        }
        return ids;
    }

    private void record(Finding finding) {
        List<Finding> findings = current.get();
        if (findings != null) {
            findings.add(finding);
        }
    }

    private void report(LogRecord record) {
        String file = record.getCursor() == null ? null : record.getCursor().getFile();
        Path abs = file != null ? Path.of(file).toAbsolutePath().normalize() : currentFile.get();
        if (abs == null || !abs.startsWith(projectRoot)) {
            return; // messages without a place are about the converter itself, not about a writer's file
        }
        String path = projectRoot.relativize(abs).toString().replace(File.separatorChar, '/');
        String message = record.getMessage();
        if (message.startsWith(SECTION_OUT_OF_SEQUENCE)) {
            return; // lint/heading-skip says it at the same line, with the heading to write
        }
        if (message.startsWith(INVALID_REFERENCE)) {
            record(missingSection(
                    abs, path, message.substring(INVALID_REFERENCE.length()).trim()));
            return;
        }
        Position at = file != null
                ? Position.at(path, record.getCursor().getLineNumber(), 1)
                : placeOfMissingAttribute(abs, path, message);
        if (message.startsWith(UNTERMINATED) && file != null) {
            record(unclosedBlock(abs, at));
            return;
        }
        Optional<Finding> tags = IncludeTags.of(at, message, this::projectName);
        if (tags.isPresent()) {
            record(tags.get());
            return;
        }
        if (message.startsWith(UNKNOWN_STYLE) && message.contains(": ")) {
            String style = message.substring(message.indexOf(": ") + 2).trim();
            record(unknownStyle(abs, path, at, style));
            return;
        }
        boolean serious = record.getSeverity() == Severity.ERROR
                || record.getSeverity() == Severity.FATAL
                || message.contains("missing attribute");
        record(
                serious
                        ? Finding.error(at, "asciidoc/error", writerWords(message))
                        : Finding.warning(at, "asciidoc/warning", writerWords(message)));
    }

    /**
     * A {@code <<id>>} (or {@code xref:id[]}) that names no section of its document; Asciidoctor says so without a
     * line, and only as a warning, though the link leads nowhere. Often the writer meant another article and left
     * out ".adoc".
     */
    private Finding missingSection(Path abs, String path, String id) {
        Position at = writtenAt(
                        abs,
                        path,
                        List.of(
                                "<<" + id + ">>",
                                "<<" + id + ",",
                                "xref:" + id + "[",
                                "xref:#" + id + "[",
                                "<<#" + id + ">>",
                                "<<#" + id + ","))
                .orElse(Position.file(path));
        if (id.isEmpty()) {
            return Finding.error(
                    at,
                    "links/missing-anchor",
                    "this link names no section (nothing after its '#'); write the id of the section it should lead"
                            + " to, given with [[id]] on the line above that section's heading");
        }
        String fix = Files.isRegularFile(abs.resolveSibling(id + ".adoc"))
                ? "; to link to the article " + id + ".adoc, write xref:" + id + ".adoc[...] (with .adoc)"
                : "; put [[" + id + "]] on the line above the heading it should lead to, or correct the name";
        return Finding.error(
                at, "links/missing-anchor", "the link to '" + id + "' leads to no section of this page" + fix);
    }

    /**
     * A block opened with a delimiter line ("----", "|===", "====") and never closed: everything after it, to the
     * end of the article, is shown inside it. Asciidoctor only warns; the page would be published that way.
     */
    private static Finding unclosedBlock(Path abs, Position at) {
        List<String> lines = sourceLines(abs);
        String opening = at.line() >= 1 && at.line() <= lines.size()
                ? lines.get(at.line() - 1).strip()
                : "";
        String delimiter = opening.isEmpty() ? "the same characters as the line that opens it" : "'" + opening + "'";
        return Finding.error(
                at,
                "asciidoc/unclosed-block",
                "the block that begins here is never closed, so the rest of the article is shown inside it; add a"
                        + " line " + delimiter + " where the block should end");
    }

    /**
     * A line in square brackets on its own, "[Editor's note: ...]", is read by AsciiDoc as the style of the
     * paragraph under it: no style has that name, and the line is left out of the page. Asciidoctor names the
     * paragraph's line; the finding names the bracket line.
     */
    private static Finding unknownStyle(Path abs, String path, Position at, String style) {
        Position bracket = at; // the paragraph's line, as Asciidoctor gives it, if the brackets are not found
        List<String> lines = sourceLines(abs);
        for (int i = Math.min(at.line(), lines.size()) - 1; i >= 0 && i >= at.line() - LINES_ABOVE_A_BLOCK; i--) {
            String line = lines.get(i).strip();
            if (line.startsWith("[") && line.contains(style)) {
                bracket = Position.at(path, i + 1, 1);
                break;
            }
        }
        Optional<String> meant = org.ispc.blog.diag.Suggestion.closest(style, KNOWN_STYLES);
        return Finding.error(
                bracket,
                "asciidoc/unknown-style",
                meant.map(m -> "AsciiDoc knows no style '" + style + "'; did you mean [" + m + "]?")
                        .orElse("a line in square brackets on its own ([" + style + "]) is read by AsciiDoc as the"
                                + " style of the paragraph under it, and is left out of the page; to show these"
                                + " words, write them without the brackets, or inside a sentence"));
    }

    /** A source file's text, or none when it cannot be read (a message then keeps Asciidoctor's place). */
    private static String sourceText(Path abs) {
        try {
            return FileTree.read(abs);
        } catch (UncheckedIOException e) {
            return "";
        }
    }

    private static List<String> sourceLines(Path abs) {
        return sourceText(abs).lines().toList();
    }

    /** Asciidoctor names no line for a misspelled attribute: the line is where {name} is written. */
    private Position placeOfMissingAttribute(Path abs, String path, String message) {
        String missing = "missing attribute: ";
        int at = message.indexOf(missing);
        if (at < 0) {
            return Position.file(path);
        }
        String reference = "{" + message.substring(at + missing.length()).trim() + "}";
        return writtenAt(abs, path, List.of(reference)).orElse(Position.file(path));
    }

    /**
     * Where one of {@code forms} is first written: in the article, or else in a file it included (a link or an
     * attribute in a partial; only files inside the content are read). Asciidoctor names no line for either.
     */
    private Optional<Position> writtenAt(Path abs, String path, List<String> forms) {
        java.util.Set<String> included = includeGuard == null
                ? java.util.Set.of()
                : includeGuard.included().keySet();
        java.util.stream.Stream<String> partials = included.stream()
                .filter(name -> includable.allowed(projectRoot.resolve(name)).isPresent());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(path), partials)
                .flatMap(name -> {
                    String text = sourceText(name.equals(path) ? abs : projectRoot.resolve(name));
                    return forms.stream()
                            .map(form -> org.ispc.blog.content.SourceText.find(name, text, form))
                            .flatMap(Optional::stream);
                })
                .findFirst();
    }

    /** A path Asciidoctor gives, as the project names it (content/partials/x.adoc), never the machine's. */
    private String projectName(String path) {
        Path abs = Path.of(path).toAbsolutePath().normalize();
        return abs.startsWith(projectRoot) ? FileTree.relative(projectRoot, abs) : path;
    }

    /** Asciidoctor's messages, reworded where a writer would not know what to do. */
    private String writerWords(String asciidoctors) {
        String message = asciidoctors.replace(projectRoot + File.separator, "");
        String missing = "skipping reference to missing attribute: ";
        if (message.startsWith(missing)) {
            String name = message.substring(missing.length()).trim();
            return "{" + name + "} is not a known attribute; "
                    + org.ispc.blog.diag.Suggestion.closest(name, siteAttributes.keySet())
                            .map(meant -> "did you mean {" + meant + "}?")
                            .orElse("use one of the attributes listed in the README, such as {clinic-phone} or"
                                    + " {clinic-name}");
        }
        if (message.startsWith("level 0 sections can only be used when doctype is book")) {
            return "a line starting with a single '=' is a second title, and an article has only one; start a section"
                    + " with '== ' (and a section inside it with '=== ')";
        }
        return message;
    }

    @Override
    public synchronized void close() {
        if (asciidoctor != null) {
            asciidoctor.unregisterLogHandler(logHandler);
            asciidoctor.unregisterAllExtensions();
        }
    }

    /**
     * A table's widths come from Asciidoctor as style attributes ({@code <col style="width: 25%;">}), which the
     * site's Content-Security-Policy (style-src 'self') refuses, with an error in the browser's console for each;
     * without them the browser sizes the columns by their content, which suits a phone better anyway.
     */
    static String withoutWidthStyles(String html) {
        return WIDTH_STYLE.matcher(html).replaceAll("$1");
    }

    /**
     * Tables as screen readers and keyboards need them. A NOTE: or WARNING: comes from Asciidoctor as a one-row
     * table for its layout; screen readers would announce "table, one row, two columns" before the warning, so it
     * is marked as layout and read as its words. A table of data wider than a phone scrolls in its box.
     */
    static String withLayoutTablesMarked(String html) {
        String marked = ADMONITION_TABLE.matcher(html).replaceAll("$1<table role=\"presentation\">");
        // a table wider than a phone scrolls in its own box, which a keyboard must be able to reach (WCAG 2.1.1)
        return marked.replace("<table class=\"tableblock", "<table tabindex=\"0\" class=\"tableblock");
    }
}
