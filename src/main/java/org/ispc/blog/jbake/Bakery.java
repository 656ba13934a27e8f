package org.ispc.blog.jbake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.ispc.blog.asciidoc.AsciidocConverter;
import org.ispc.blog.asciidoc.ConversionCache;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.diag.Position;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/**
 * Runs JBake 2.7 over the project into a folder of our choosing, with the parts a clinic cannot ship as
 * they are replaced: our AsciiDoc parser (SAFE mode, guarded includes, no drafts), and a template engine
 * that hands templates the build's precomputed variables.
 *
 * <p>JBake keeps its registries in static fields, so only one bake may run at a time in a JVM; this class
 * is the only place that touches them.
 */
public final class Bakery {

    /** What templates get per page, once the content is known. */
    public interface Planner extends Function<Catalog, Function<Map<String, Object>, Map<String, Object>>> {}

    private static final List<String> ASCIIDOC_EXTENSIONS = List.of("adoc", "asciidoc", "ad");
    private static final Pattern TEMPLATE_PLACE =
            Pattern.compile("in template \"([^\"]+)\" at line (\\d+), column (\\d+)");

    private final Supplier<Asciidoctor> asciidoctor;

    /** @param asciidoctor asked for the engine only when the first file is converted: it may still be starting */
    public Bakery(Supplier<Asciidoctor> asciidoctor) {
        this.asciidoctor = asciidoctor;
        // Freemarker logs through the first library it finds; the HTML validator brings log4j 1, which
        // would print set-up warnings at writers. SLF4J goes to our logback configuration instead.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }

    /**
     * Bakes the site into {@code destination}, which should be empty.
     *
     * @param attributes AsciiDoc attributes every document may use, such as {@code clinic-phone}
     * @param catalog receives every source document, published or not
     * @param planner called once after all content is read and before any page is rendered
     */
    public synchronized void bake(
            SiteSettings settings,
            Path destination,
            Map<String, String> attributes,
            Catalog catalog,
            Findings findings,
            Optional<ConversionCache> cache,
            Planner planner) {
        Path root = settings.projectRoot();
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(root.toFile(), destination.toFile(), true);
        enforceSafeSettings(config);

        Path content = root.resolve(SiteSettings.CONTENT);
        RenderingContentStore db = new RenderingContentStore(config.getDatabaseStore(), config.getDatabasePath());
        // OrientDB takes a second to start: on this thread while Asciidoctor may still be starting on another
        db.startEarly();
        boolean baked = false;
        try (AsciidocConverter converter =
                AsciidocConverter.open(asciidoctor.get(), root, content, attributes, cache)) {
            // every file converted up front, on all cores; JBake's crawler then only collects the results
            converter.convertAll(sources(content));
            ArticleEngine engine = new ArticleEngine(converter, root, settings, catalog, findings);
            ASCIIDOC_EXTENSIONS.forEach(ext -> Engines.register(ext, engine));

            Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
            utensils.setContentStore(db);
            AtomicReference<Function<Map<String, Object>, Map<String, Object>>> extras =
                    new AtomicReference<>(model -> Map.of());
            utensils.setCrawler(new Crawler(db, config) {
                @Override
                public void crawl() {
                    super.crawl();
                    db.contentComplete();
                    extras.set(planner.apply(catalog));
                }
            });
            ParallelRenderer renderer = new ParallelRenderer(
                    db,
                    config,
                    new SiteTemplateEngine(db, config, m -> extras.get().apply(m)));
            utensils.setRenderer(renderer);
            List<Throwable> pageFailures = new java.util.concurrent.CopyOnWriteArrayList<>();
            db.beforeClose(() -> pageFailures.addAll(renderer.finish()));
            Oven oven = new Oven(utensils);
            baked = true; // from here on the oven closes the store, whatever happens
            oven.bake();
            pageFailures.addAll(renderer.finish());
            for (Throwable error : pageFailures) {
                findings.add(templateFinding(root, error));
            }
            for (Throwable error : oven.getErrors()) {
                findings.add(templateFinding(root, error));
            }
        } finally {
            if (!baked) {
                db.close();
                db.shutdown();
            }
        }
    }

    /** The AsciiDoc files JBake will read: everything under content/ but the partials and hidden files. */
    private static List<Path> sources(Path content) {
        Path partials = content.resolve("partials");
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(partials))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> ASCIIDOC_EXTENSIONS.stream()
                            .anyMatch(e -> p.toString().endsWith("." + e)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings that keep drafts, server paths and file contents out of the site, whatever jbake.properties says. */
    private static void enforceSafeSettings(DefaultJBakeConfiguration config) {
        config.setProperty("db.store", "memory");
        config.setProperty("uri.noExtension", true);
        config.setProperty("uri.noExtension.prefix", "/");
        config.setProperty("asciidoctor.attributes.export", false);
        config.setProperty("img.path.update", false);
        config.setProperty("render.sitemap", true);
        config.setProperty("render.error404", true);
        config.setProperty("render.feed", true);
        config.setProperty("render.archive", true);
        config.setProperty("render.tags", true);
        config.setProperty("render.tagsindex", true);
    }

    /** A template error as a finding at the template's line, for whoever maintains the templates. */
    private static Finding templateFinding(Path root, Throwable error) {
        Throwable deepest = error;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = (deepest instanceof freemarker.core.ParseException
                                || deepest instanceof freemarker.template.TemplateException
                        ? deepest.getMessage()
                        : error.getMessage() + (deepest == error ? "" : ": " + deepest.getMessage()))
                .replace(root.toString() + File.separator, "");
        Matcher m = TEMPLATE_PLACE.matcher(message);
        Position at = m.find()
                ? Position.at(
                        SiteSettings.TEMPLATES + "/" + m.group(1),
                        Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)))
                : Position.file(SiteSettings.TEMPLATES);
        String summary = String.join(
                " ",
                message.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("Failed to render") && !l.startsWith("----"))
                        .limit(2)
                        .toList());
        return Finding.error(at, "template/error", summary);
    }
}
