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
import org.ispc.blog.content.Digest;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Converts the site's AsciiDoc files with one shared Asciidoctor instance, in SAFE mode, with includes
 * guarded and Asciidoctor's own warnings turned into findings at the writer's line.
 *
 * <p>Open one per bake ({@link #open}); {@link #close} removes its extensions from the shared instance.
 * {@link #convertAll} converts on every core, and skips files whose result is in the {@link ConversionCache}.
 */
public final class AsciidocConverter implements AutoCloseable {

    private final Asciidoctor asciidoctor;
    private final Path projectRoot;
    private final Path contentRoot;
    private final Map<String, Object> siteAttributes;
    private final Optional<ConversionCache> cache;
    private final String includesDigest;
    private final LogHandler logHandler;
    /** Findings of the conversion running on this thread: Asciidoctor reports on the converting thread. */
    private final ThreadLocal<List<Finding>> current = new ThreadLocal<>();
    /** The file converting on this thread, for Asciidoctor messages that name no place. */
    private final ThreadLocal<Path> currentFile = new ThreadLocal<>();

    private final Map<Path, Converted> converted = new ConcurrentHashMap<>();

    private AsciidocConverter(
            Asciidoctor asciidoctor,
            Path projectRoot,
            Path contentRoot,
            Map<String, String> siteAttributes,
            Optional<ConversionCache> cache) {
        this.asciidoctor = asciidoctor;
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.siteAttributes = new TreeMap<>(siteAttributes);
        this.cache = cache;
        this.includesDigest = digestOfIncludable(this.contentRoot);
        this.logHandler = this::report;
    }

    /**
     * Prepares the shared instance for one bake.
     *
     * @param siteAttributes attributes every document can use, such as {@code clinic-phone}
     * @param cache where converted files are kept between builds, if anywhere
     */
    public static AsciidocConverter open(
            Asciidoctor asciidoctor,
            Path projectRoot,
            Path contentRoot,
            Map<String, String> siteAttributes,
            Optional<ConversionCache> cache) {
        AsciidocConverter converter =
                new AsciidocConverter(asciidoctor, projectRoot, contentRoot, siteAttributes, cache);
        asciidoctor.unregisterAllExtensions();
        asciidoctor
                .javaExtensionRegistry()
                .includeProcessor(
                        new IncludeGuard(converter.projectRoot, List.of(converter.contentRoot), converter::record));
        asciidoctor.registerLogHandler(converter.logHandler);
        return converter;
    }

    /** Converts many files at once, one per core, keeping the results for {@link #convert}. */
    public void convertAll(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        // the first conversion loads Asciidoctor's Ruby classes; done alone, no two threads load them at once
        try {
            convert(files.get(0));
        } catch (RuntimeException e) {
            // reported when JBake reads the file
        }
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> files.parallelStream().forEach(file -> {
                        try {
                            convert(file);
                        } catch (RuntimeException e) {
                            // left for JBake's turn at this file, which reports it at the file
                        }
                    }))
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

    /** Reads a file's header and converts its body; each file is converted once per bake. */
    public Converted convert(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return converted.computeIfAbsent(abs, this::convertOnce);
    }

    /** Forgets what {@link #convert} gave for a file that has changed since, so that it is converted again. */
    public void forget(Path file) {
        converted.remove(file.toAbsolutePath().normalize());
    }

    private Converted convertOnce(Path abs) {
        Map<String, Object> attributes = attributesFor(abs);
        String key = cache.isPresent() ? key(abs, attributes) : "";
        Optional<Converted> hit = cache.flatMap(c -> c.get(key));
        if (hit.isPresent()) {
            return hit.get();
        }
        List<Finding> findings = new ArrayList<>();
        current.set(findings);
        currentFile.set(abs);
        try {
            Options options = Options.builder()
                    .safe(SafeMode.SAFE)
                    .baseDir(abs.getParent().toFile())
                    .sourcemap(true)
                    .attributes(attributes)
                    .build();
            Document document = asciidoctor.loadFile(abs.toFile(), options);
            Map<String, String> header = new TreeMap<>();
            document.getAttributes().forEach((name, value) -> {
                if (name.startsWith("jbake-") || name.equals("author")) {
                    header.put(name, String.valueOf(value).trim());
                }
            });
            String doctitle = document.getDoctitle();
            String title = doctitle == null ? "" : Jsoup.parse(doctitle).text();
            String body = document.convert();
            Converted result = new Converted(title, header, body, idsIn(body), findings);
            cache.ifPresent(c -> c.put(key, result));
            return result;
        } finally {
            current.remove();
            currentFile.remove();
        }
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
        return attributes;
    }

    /**
     * What a conversion depends on: the file, the attributes, every file an include could read, and the
     * converter's version. Any change gives a new key, so a stale result is never used.
     */
    private String key(Path file, Map<String, Object> attributes) {
        try {
            return Digest.sha256(
                    bytes(ConversionCache.VERSION),
                    bytes(projectRoot.relativize(file).toString()),
                    bytes(new TreeMap<>(attributes).toString()),
                    bytes(includesDigest),
                    Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A digest of the shared pieces under content/partials, which any article may include. */
    private static String digestOfIncludable(Path contentRoot) {
        List<byte[]> parts = new ArrayList<>();
        try {
            for (Path f : FileTree.files(contentRoot.resolve("partials"))) {
                parts.add(bytes(f.toString()));
                parts.add(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts.isEmpty() ? "" : Digest.sha256(parts.toArray(byte[][]::new));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Set<String> idsIn(String html) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element e : Jsoup.parseBodyFragment(html).select("[id]")) {
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
        Position at = file != null
                ? Position.at(path, record.getCursor().getLineNumber(), 1)
                : placeOfMissingAttribute(abs, path, message);
        boolean serious = record.getSeverity() == Severity.ERROR
                || record.getSeverity() == Severity.FATAL
                || message.contains("missing attribute");
        record(
                serious
                        ? Finding.error(at, "asciidoc/error", writerWords(message))
                        : Finding.warning(at, "asciidoc/warning", writerWords(message)));
    }

    /** Asciidoctor names no line for a misspelled attribute: the line is where {name} is written. */
    private static Position placeOfMissingAttribute(Path abs, String path, String message) {
        String missing = "missing attribute: ";
        int at = message.indexOf(missing);
        if (at < 0) {
            return Position.file(path);
        }
        String reference = "{" + message.substring(at + missing.length()).trim() + "}";
        try {
            String text = Files.readString(abs);
            return org.ispc.blog.content.SourceText.find(path, text, reference).orElse(Position.file(path));
        } catch (IOException e) {
            return Position.file(path);
        }
    }

    /** Asciidoctor's messages, reworded where a writer would not know what to do. */
    private static String writerWords(String message) {
        String missing = "skipping reference to missing attribute: ";
        if (message.startsWith(missing)) {
            return "{" + message.substring(missing.length()) + "} is not a known attribute; use one of the attributes"
                    + " listed in the README, such as {clinic-phone} or {clinic-name}";
        }
        return message;
    }

    @Override
    public void close() {
        asciidoctor.unregisterLogHandler(logHandler);
        asciidoctor.unregisterAllExtensions();
    }
}
