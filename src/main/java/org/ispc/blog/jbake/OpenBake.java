package org.ispc.blog.jbake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.ispc.blog.asciidoc.AsciidocConverter;
import org.ispc.blog.asciidoc.ConversionCache;
import org.ispc.blog.asciidoc.Engine;
import org.ispc.blog.background.Background;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.diag.Findings;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;
import org.jbake.render.DocumentsRenderer;
import org.jbake.render.RenderingTool;

/**
 * JBake set up for one site: its configuration, content store, our converter and our renderer, open
 * until {@link #close}. {@link Bakery} runs full bakes with it; {@link WarmBake} keeps it between the
 * preview's builds. JBake's registries are static: one may be open at a time.
 */
final class OpenBake implements AutoCloseable {

    private static final List<String> ASCIIDOC_EXTENSIONS = List.of("adoc", "asciidoc", "ad");
    /** JBake's content store lives in memory: nothing of one build is left for the next to trip over. */
    private static final String STORE_TYPE = "memory";

    private static final String STORE_NAME = "content";

    final Path root;
    final SiteSettings settings;
    final Catalog catalog;
    final AsciidocConverter converter;
    final RenderingContentStore db;
    private final DefaultJBakeConfiguration config;
    private final ParallelRenderer renderer;
    private final AtomicReference<PagePlan> plan = new AtomicReference<>();
    /** The AsciiDoc files under content/, listed once. */
    private final List<Path> sources;

    private OpenBake(
            SiteSettings settings,
            DefaultJBakeConfiguration config,
            RenderingContentStore db,
            AsciidocConverter converter,
            Catalog catalog,
            List<Path> sources) {
        this.sources = sources;
        this.root = settings.projectRoot();
        this.settings = settings;
        this.config = config;
        this.db = db;
        this.converter = converter;
        this.catalog = catalog;
        this.renderer = new ParallelRenderer(
                db,
                config,
                new SiteTemplateEngine(
                        db, SettledConfiguration.of(config), m -> plan.get().extrasFor(m)));
    }

    /** A content store for a bake, starting on a thread of its own. */
    static RenderingContentStore startStore() {
        return RenderingContentStore.startSoon(STORE_TYPE, STORE_NAME);
    }

    /** @param db a content store from {@link #startStore}, maybe still starting; closed with this bake */
    static OpenBake open(
            RenderingContentStore db,
            Engine asciidoctor,
            SiteSettings settings,
            Path destination,
            Map<String, String> attributes,
            Catalog catalog,
            Optional<ConversionCache> cache) {
        Path root = settings.projectRoot();
        AsciidocConverter converter = null;
        try {
            DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(root.toFile(), destination.toFile(), true);
            enforceSafeSettings(config);
            converter =
                    AsciidocConverter.open(asciidoctor, root, root.resolve(SiteSettings.CONTENT), attributes, cache);
            // what the cache holds first: a file it lacks starts JRuby, seconds of work, on another thread ...
            List<Path> sources = sources(root.resolve(SiteSettings.CONTENT));
            converter.lookUp(sources);
            // ... while OrientDB, a second of work, has been starting since the build began
            db.awaitStart();
            return new OpenBake(settings, config, db, converter, catalog, sources);
        } catch (RuntimeException | Error e) {
            if (converter != null) {
                converter.close();
            }
            db.release();
            throw e;
        }
    }

    /** Keeps the content store open after the bake, for {@link #render}. */
    void keepOpen() {
        db.keepOpen();
    }

    /**
     * Converts every file on all cores while JBake crawls them (its crawler waits only at a file not converted
     * yet, and reads the others meanwhile), then lets JBake render the whole site.
     */
    PagePlan bakeAll(Findings findings, Bakery.Planner planner) {
        java.util.concurrent.CompletableFuture<Void> conversions =
                Background.run("asciidoc-conversions", () -> converter.convertAll(sources));
        try {
            return crawlAndRender(findings, planner);
        } finally {
            Background.settle(conversions); // by now, done: the crawler has asked for every file
        }
    }

    private PagePlan crawlAndRender(Findings findings, Bakery.Planner planner) {
        ArticleEngine engine = new ArticleEngine(converter, root, settings, catalog, findings);
        for (String ext : Engines.getRecognizedExtensions()) {
            ParserEngine registered = Engines.get(ext);
            // JBake's registry is static: an earlier bake in this JVM left its own stand-in, with its findings
            ParserEngine jbakes = registered instanceof ForeignMarkup earlier ? earlier.jbakes() : registered;
            if (!ASCIIDOC_EXTENSIONS.contains(ext)) {
                Engines.register(ext, new ForeignMarkup(root, findings, jbakes));
            }
        }
        ASCIIDOC_EXTENSIONS.forEach(ext -> Engines.register(ext, engine));

        Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
        utensils.setContentStore(db);
        utensils.setCrawler(new Crawler(db, config) {
            @Override
            public void crawl() {
                super.crawl();
                db.contentComplete();
                // the plan reads every body's text (related articles, search, lead images): read on all cores
                catalog.all().parallelStream().forEach(catalog::plainText);
                plan.set(planner.apply(catalog));
            }
        });
        utensils.setRenderer(renderer);
        List<Throwable> pageFailures = new CopyOnWriteArrayList<>();
        db.beforeClose(() -> pageFailures.addAll(renderer.finish()));
        Oven oven = new Oven(utensils);
        oven.bake();
        pageFailures.addAll(renderer.finish());
        pageFailures.forEach(error -> findings.add(Bakery.templateFinding(root, error)));
        oven.getErrors().forEach(error -> findings.add(Bakery.templateFinding(root, error)));
        return plan.get();
    }

    /** The documents in the content store, JBake's models of them. */
    List<DocumentModel> documents() {
        List<DocumentModel> out = new ArrayList<>();
        for (String type : ArticleEngine.TYPES.stream().sorted().toList()) {
            out.addAll(db.getAllContent(type));
        }
        return out;
    }

    /** Reads one changed file as JBake's crawler would, or null if it is no longer a document of the site. */
    DocumentModel reread(Path file, Findings findings) {
        converter.forget(file);
        return new ArticleEngine(converter, root, settings, catalog, findings).parse(config, file.toFile());
    }

    /**
     * Writes, under {@code destination}, the pages of {@code documents} and, if {@code lists}, every list page
     * JBake renders (home, archive, tags, feed, sitemap, 404), with the variables of {@code pagePlan}.
     *
     * @return what failed, as the template engine reported it
     */
    List<Throwable> render(List<DocumentModel> documents, boolean lists, PagePlan pagePlan, Path destination) {
        plan.set(pagePlan);
        config.setDestinationFolder(destination.toFile());
        documents.forEach(renderer::render);
        List<Throwable> failures = new ArrayList<>();
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            if (tool instanceof DocumentsRenderer || !lists) {
                continue;
            }
            try {
                tool.render(renderer, db, config);
            } catch (Exception e) {
                failures.add(e);
            }
        }
        failures.addAll(0, renderer.finish());
        return failures;
    }

    @Override
    public void close() {
        renderer.close();
        converter.close();
        db.release();
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
        config.setProperty("db.store", STORE_TYPE);
        config.setProperty("db.path", STORE_NAME);
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

    static String relative(Path root, File file) {
        return org.ispc.blog.content.FileTree.relative(
                root, file.toPath().toAbsolutePath().normalize());
    }
}
