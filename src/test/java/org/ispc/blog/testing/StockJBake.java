package org.ispc.blog.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DBUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

/**
 * What stock jbake-core 2.7.0 makes of a site's content files: its own crawler, its own parsers (AsciiDoc, Markdown,
 * HTML) and its own OrientDB content store, none of the project's code. It runs in a JVM of its own, since JBake
 * keeps its parsers and document types in static fields that the project's bake replaces.
 */
public final class StockJBake {

    /**
     * One content file as stock JBake reads it.
     *
     * @param address the address JBake gives it, root-relative ({@code /blog/2013/first-post/})
     * @param date its date, year-month-day
     * @param status JBake's status after the crawl: {@code published}, {@code draft}, or {@code published-date} for
     *     one whose day has not come
     */
    public record Answer(String source, String address, String title, String date, String status) {}

    private StockJBake() {}

    /** Crawls {@code site}'s content with stock JBake; the answers by source path ({@code content/blog/x.adoc}). */
    public static Map<String, Answer> crawl(Path site) {
        try {
            Path out = Files.createTempDirectory("stock-jbake");
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "-Duser.timezone=UTC",
                            "-Dlogback.configurationFile=none",
                            StockJBake.class.getName(),
                            site.toString(),
                            out.resolve("answers.tsv").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(out.resolve("log.txt").toFile())
                    .start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("stock JBake failed: " + Files.readString(out.resolve("log.txt")));
            }
            Map<String, Answer> answers = new TreeMap<>();
            for (String line : Files.readAllLines(out.resolve("answers.tsv"), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                answers.put(f[0], new Answer(f[0], f[1], f[2], f[3], f[4]));
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Usage: {@code StockJBake <site> <answers.tsv>}: one line per document, tab-separated. */
    public static void main(String[] args) throws IOException {
        File source = new File(args[0]);
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(
                        source, Files.createTempDirectory("stock-jbake-out").toFile(), true);
        ContentStore store = DBUtil.createDataStore(config);
        List<String> lines = new ArrayList<>();
        try {
            store.startup();
            config.getDocumentTypes().forEach(DocumentTypes::addDocumentType);
            store.updateSchema();
            new Crawler(store, config).crawl();
            SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
            for (String type : List.of("page", "post")) {
                for (DocumentModel doc : store.getAllContent(type)) {
                    String path = source.toPath()
                            .relativize(Path.of(doc.getFile()))
                            .toString()
                            .replace(File.separatorChar, '/');
                    lines.add(String.join(
                            "\t",
                            path,
                            "/" + doc.getNoExtensionUri(),
                            doc.getTitle() == null ? "" : doc.getTitle(),
                            doc.getDate() == null ? "" : day.format(doc.getDate()),
                            doc.getStatus()));
                }
            }
        } finally {
            store.close();
            store.shutdown();
        }
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        System.exit(0); // OrientDB leaves threads behind
    }
}
