package org.ispc.blog.jbake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.lang3.LocaleUtils;
import org.ispc.blog.asciidoc.AsciidocConverter;
import org.ispc.blog.asciidoc.Engine;
import org.ispc.blog.background.Background;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.PropertiesHeader;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.diag.Position;
import org.ispc.blog.markup.MarkupConverter;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;
import org.jbake.render.DocumentsRenderer;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

/**
 * JBake set up for one site: its configuration, content store, our converter and our renderer, open until {@link
 * #close}, and JBake held for the JVM meanwhile ({@link JBakeLock}). {@link JBakeSiteBaker} runs full bakes with it;
 * {@link JBakePreviewBake} keeps it between the preview's builds.
 */
final class JBakeSession implements AutoCloseable {

    private static final List<String> ASCIIDOC_EXTENSIONS = List.of("adoc", "asciidoc", "ad");
    /** The other files JBake makes pages of: Markdown and HTML, with its properties header. */
    private static final List<String> MARKUP_EXTENSIONS = List.of("md", "html");

    private static final Pattern TEMPLATE_PLACE =
            Pattern.compile("in template \"([^\"]+)\" (?:at|in) line (\\d+), column (\\d+)");

    final Path root;
    final SiteSettings settings;
    final Catalog catalog;
    final AsciidocConverter converter;
    private final MarkupConverter markupConverter;
    final InMemoryContentStore db;
    private final DefaultJBakeConfiguration config;
    private final ParallelRenderer renderer;
    private final AtomicReference<PagePlan> plan = new AtomicReference<>();
    /** The AsciiDoc files under content/, listed once. */
    private final List<Path> sources;
    /** JBake, for this JVM, until {@link #close}. */
    private final JBakeLock.Held jbake;

    private JBakeSession(
            JBakeLock.Held jbake,
            SiteSettings settings,
            DefaultJBakeConfiguration config,
            InMemoryContentStore db,
            AsciidocConverter converter,
            MarkupConverter markupConverter,
            Catalog catalog,
            List<Path> sources,
            java.util.function.UnaryOperator<String> finish) {
        this.jbake = jbake;
        this.sources = sources;
        this.root = settings.projectRoot();
        this.settings = settings;
        this.config = config;
        this.db = db;
        this.converter = converter;
        this.markupConverter = markupConverter;
        this.catalog = catalog;
        this.renderer = new ParallelRenderer(
                db,
                config,
                new SiteTemplateEngine(
                        db, SettledConfiguration.of(config), m -> plan.get().extrasFor(m), finish));
    }

    /**
     * Sets JBake up for the recipe's site, once no other bake in this JVM holds it.
     *
     * @param purpose what the session is for, named to a bake that waits too long for it
     */
    static JBakeSession open(Engine asciidoctor, SiteBaker.Recipe recipe, String purpose) {
        SiteSettings settings = recipe.settings();
        Path root = settings.projectRoot();
        JBakeLock.Held jbake = JBakeLock.JVM_WIDE.take(purpose + " of " + root);
        AsciidocConverter converter = null;
        InMemoryContentStore db = null;
        try {
            db = new InMemoryContentStore();
            DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(
                            root.toFile(), recipe.destination().toFile(), true);
            enforceSafeSettings(config);
            Map<String, String> attributes = recipe.attributes();
            converter = AsciidocConverter.open(
                    asciidoctor,
                    root,
                    root.resolve(SiteSettings.CONTENT),
                    attributes,
                    recipe.cache(),
                    headerRules(config));
            // what the cache holds first: a file it lacks starts JRuby, seconds of work, on another thread
            List<Path> sources = sources(root.resolve(SiteSettings.CONTENT));
            converter.lookUp(sources);
            MarkupConverter markup =
                    new MarkupConverter(root, config.getMarkdownExtensions(), attributes, ArticleEngine::urlOf);
            return new JBakeSession(
                    jbake, settings, config, db, converter, markup, recipe.catalog(), sources, recipe.finish());
        } catch (RuntimeException | Error e) {
            if (converter != null) {
                converter.close();
            }
            if (db != null) {
                db.release();
            }
            jbake.close();
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
    PagePlan bakeAll(Findings findings, SiteBaker.Planner planner) {
        java.util.concurrent.CompletableFuture<Void> conversions =
                Background.run("asciidoc-conversions", () -> converter.convertAll(sources));
        try {
            return crawlAndRender(findings, planner);
        } finally {
            Background.settle(conversions); // by now, done: the crawler has asked for every file
        }
    }

    private PagePlan crawlAndRender(Findings findings, SiteBaker.Planner planner) {
        ArticleEngine engine =
                new ArticleEngine(converter, markupConverter, root, settings, headerRules(config), catalog, findings);
        for (String ext : Engines.getRecognizedExtensions()) {
            ParserEngine registered = Engines.get(ext);
            // JBake's registry is static: an earlier bake in this JVM left its own stand-in, with its findings
            ParserEngine jbakes = registered instanceof ForeignMarkup earlier ? earlier.jbakes() : registered;
            if (!ASCIIDOC_EXTENSIONS.contains(ext) && !MARKUP_EXTENSIONS.contains(ext)) {
                Engines.register(ext, new ForeignMarkup(root, findings, jbakes));
            }
        }
        ASCIIDOC_EXTENSIONS.forEach(ext -> Engines.register(ext, engine));
        MARKUP_EXTENSIONS.forEach(ext -> Engines.register(ext, engine));

        List<Throwable> failures = new ArrayList<>();
        try {
            readDocumentTypes();
            Crawler crawler = new Crawler(db, config);
            crawler.crawl();
            crawler.crawlDataFiles();
            db.contentComplete();
            // the plan reads every body's text (related articles, search, lead images): read on all cores
            catalog.all().parallelStream().forEach(catalog::plainText);
            PagePlan pagePlan = planner.apply(catalog);
            failures.addAll(renderAll(pagePlan));
            Asset asset = new Asset(config);
            asset.copy();
            asset.copyAssetsFromContent(config.getContentFolder());
            failures.addAll(asset.getErrors());
            return pagePlan;
        } finally {
            db.close();
            failures.forEach(error -> findings.add(templateFinding(root, error)));
        }
    }

    /**
     * The steps of JBake's {@code Oven.bake} before the crawl, which it runs together with OrientDB's (see
     * {@link InMemoryContentStore}): the folders checked, the locale set, the document types of jbake.properties
     * registered.
     */
    private void readDocumentTypes() {
        new JBakeConfigurationInspector(config).inspect();
        String locale = config.getJvmLocale();
        if (locale != null) {
            java.util.Locale.setDefault(LocaleUtils.toLocale(locale));
        }
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        config.getDocumentTypes().forEach(DocumentTypes::addDocumentType);
        DocumentTypes.addDocumentType(config.getDataFileDocType());
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
        return new ArticleEngine(converter, markupConverter, root, settings, headerRules(config), catalog, findings)
                .parse(config, file.toFile());
    }

    /**
     * Writes, under {@code destination}, the pages of {@code documents} and, if {@code lists}, every list page
     * JBake renders (home, archive, tags, feed, sitemap, 404), with the variables of {@code pagePlan}.
     *
     * @return what failed, as the template engine reported it
     */
    List<Throwable> render(List<DocumentModel> documents, boolean lists, PagePlan pagePlan, Path destination) {
        plan.set(pagePlan); // before any page is queued: the page writers read it
        config.setDestinationFolder(destination.toFile());
        documents.forEach(renderer::render);
        return renderWith(tool -> !(tool instanceof DocumentsRenderer) && lists);
    }

    /** Every page of the site, as JBake's oven renders them: all its rendering tools, in its order. */
    private List<Throwable> renderAll(PagePlan pagePlan) {
        plan.set(pagePlan);
        return renderWith(tool -> true);
    }

    private List<Throwable> renderWith(java.util.function.Predicate<RenderingTool> which) {
        List<Throwable> failures = new ArrayList<>();
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            if (!which.test(tool)) {
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

    /** Closes JBake's renderer and content store and our converter, then lets JBake go for the next bake. */
    @Override
    public void close() {
        try (jbake) {
            renderer.close();
            converter.close();
            db.release();
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

    /** How jbake.properties shapes JBake's properties header ({@code title=...} above {@code ~~~~~~}). */
    static PropertiesHeader.Rules headerRules(JBakeConfiguration config) {
        return new PropertiesHeader.Rules(
                config.getHeaderSeparator(), config.getDefaultStatus(), config.getDefaultType());
    }

    /** Settings that keep drafts, server paths and file contents out of the site, whatever jbake.properties says. */
    private static void enforceSafeSettings(DefaultJBakeConfiguration config) {
        SiteSettings.FOLDERS.forEach(config::setProperty);
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
    static Finding templateFinding(Path root, Throwable error) {
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

    static String relative(Path root, File file) {
        return org.ispc.blog.content.FileTree.relative(
                root, file.toPath().toAbsolutePath().normalize());
    }
}
