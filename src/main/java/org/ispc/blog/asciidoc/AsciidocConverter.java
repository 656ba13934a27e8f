package org.ispc.blog.asciidoc;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.diag.Position;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Converts the site's AsciiDoc files with one shared Asciidoctor instance, in SAFE mode, with includes
 * guarded and Asciidoctor's own warnings turned into findings at the writer's line.
 *
 * <p>Open one per bake ({@link #open}); {@link #close} removes its extensions from the shared instance.
 * {@link #convert} may be called from several threads at once.
 */
public final class AsciidocConverter implements AutoCloseable {

    private final Asciidoctor asciidoctor;
    private final Path projectRoot;
    private final Path contentRoot;
    private final Map<String, Object> siteAttributes;
    private final Findings findings;
    private final LogHandler logHandler;

    private AsciidocConverter(
            Asciidoctor asciidoctor,
            Path projectRoot,
            Path contentRoot,
            Map<String, String> siteAttributes,
            Findings findings) {
        this.asciidoctor = asciidoctor;
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.siteAttributes = new TreeMap<>(siteAttributes);
        this.findings = findings;
        this.logHandler = this::report;
    }

    /**
     * Prepares the shared instance for one bake.
     *
     * @param siteAttributes attributes every document can use, such as {@code clinic-phone}
     */
    public static AsciidocConverter open(
            Asciidoctor asciidoctor,
            Path projectRoot,
            Path contentRoot,
            Map<String, String> siteAttributes,
            Findings findings) {
        AsciidocConverter converter =
                new AsciidocConverter(asciidoctor, projectRoot, contentRoot, siteAttributes, findings);
        asciidoctor.unregisterAllExtensions();
        asciidoctor
                .javaExtensionRegistry()
                .includeProcessor(new IncludeGuard(converter.projectRoot, List.of(converter.contentRoot), findings));
        asciidoctor.registerLogHandler(converter.logHandler);
        return converter;
    }

    /** Reads a file's header and, when {@code withBody}, converts its body. */
    public Converted convert(Path file, boolean withBody) {
        Path abs = file.toAbsolutePath().normalize();
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(abs.getParent().toFile())
                .sourcemap(true)
                .option(Options.PARSE_HEADER_ONLY, !withBody)
                .attributes(attributesFor(abs))
                .build();
        Document document = asciidoctor.loadFile(abs.toFile(), options);
        Map<String, String> attributes = new TreeMap<>();
        document.getAttributes().forEach((key, value) -> {
            if (key.startsWith("jbake-") || key.equals("author")) {
                attributes.put(key, String.valueOf(value).trim());
            }
        });
        String doctitle = document.getDoctitle();
        String title = doctitle == null ? "" : Jsoup.parse(doctitle).text();
        if (!withBody) {
            return new Converted(title, attributes, "", Set.of());
        }
        String body = document.convert();
        return new Converted(title, attributes, body, idsIn(body));
    }

    private Map<String, Object> attributesFor(Path file) {
        Map<String, Object> attributes = new HashMap<>(siteAttributes);
        // xref:other.adoc[] must become the clean, root-relative URL of the other document
        Path dir = contentRoot.relativize(file.getParent());
        String prefix = dir.toString().isEmpty() ? "/" : "/" + dir.toString().replace(File.separatorChar, '/') + "/";
        attributes.put("relfileprefix", prefix);
        attributes.put("relfilesuffix", "/");
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

    private static Set<String> idsIn(String html) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element e : Jsoup.parseBodyFragment(html).select("[id]")) {
            ids.add(e.id());
        }
        return ids;
    }

    private void report(LogRecord record) {
        String file = record.getCursor() == null ? null : record.getCursor().getFile();
        if (file == null) {
            return; // messages without a place are about the converter itself, not about a writer's file
        }
        Path abs = Path.of(file).toAbsolutePath().normalize();
        if (!abs.startsWith(projectRoot)) {
            return;
        }
        Position at = Position.at(
                projectRoot.relativize(abs).toString(), record.getCursor().getLineNumber(), 1);
        String message = record.getMessage();
        boolean serious = record.getSeverity() == Severity.ERROR
                || record.getSeverity() == Severity.FATAL
                || message.contains("missing attribute");
        Finding finding = serious
                ? Finding.error(at, "asciidoc/error", writerWords(message))
                : Finding.warning(at, "asciidoc/warning", writerWords(message));
        findings.add(finding);
    }

    /** Asciidoctor's messages, reworded where a writer would not know what to do. */
    private static String writerWords(String message) {
        if (message.startsWith("skipping reference to missing attribute: ")) {
            String name = message.substring("skipping reference to missing attribute: ".length());
            return "{" + name + "} is not a known attribute; use one of the attributes listed in the writer's"
                    + " guide, such as {clinic-phone} or {clinic-name}";
        }
        return message;
    }

    @Override
    public void close() {
        asciidoctor.unregisterLogHandler(logHandler);
        asciidoctor.unregisterAllExtensions();
    }
}
