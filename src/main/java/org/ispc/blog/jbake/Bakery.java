package org.ispc.blog.jbake;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ispc.blog.asciidoc.ConversionCache;
import org.ispc.blog.asciidoc.Engine;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.diag.Position;

/**
 * Runs JBake 2.7 over the project into a folder of our choosing, with the parts a clinic cannot ship as
 * they are replaced: our AsciiDoc parser (SAFE mode, guarded includes, no drafts), a template engine
 * that hands templates the build's precomputed variables, and a content store held in memory.
 *
 * <p>JBake keeps its registries in static fields, so only one bake may run at a time in a JVM; this class
 * is the only place that touches them.
 */
public final class Bakery {

    /** What templates get per page, once the content is known. */
    public interface Planner extends Function<Catalog, PagePlan> {}

    private static final List<String> ASCIIDOC_EXTENSIONS = List.of("adoc", "asciidoc", "ad");
    private static final Pattern TEMPLATE_PLACE =
            Pattern.compile("in template \"([^\"]+)\" (?:at|in) line (\\d+), column (\\d+)");

    private final Engine asciidoctor;

    /** @param asciidoctor asked for the engine only when the first file is converted: it may still be starting */
    public Bakery(Engine asciidoctor) {
        this.asciidoctor = asciidoctor;
        // Freemarker logs through the first library it finds; the HTML validator brings log4j 1, which
        // would print set-up warnings at writers. SLF4J goes to our logback configuration instead.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }

    /**
     * What one bake needs.
     *
     * @param destination an empty folder for the site
     * @param attributes AsciiDoc attributes every document may use, such as {@code clinic-phone}
     * @param catalog receives every source document, published or not
     * @param findings receives what the bake finds wrong
     * @param planner called once after all content is read and before any page is rendered
     * @param finish what is done to every page's text before it is written (fingerprinted asset names)
     */
    public record Recipe(
            SiteSettings settings,
            Path destination,
            Map<String, String> attributes,
            Catalog catalog,
            Findings findings,
            Optional<ConversionCache> cache,
            Planner planner,
            java.util.function.UnaryOperator<String> finish) {}

    /** Bakes the site. */
    public synchronized void bake(Recipe recipe) {
        try (OpenBake open = open(recipe)) {
            open.bakeAll(recipe.findings(), recipe.planner());
        }
    }

    /**
     * Bakes as {@link #bake} does, and keeps JBake's content store, the converted articles and the templates
     * open for {@link WarmBake#update}: the preview's later builds then re-render only what an edit changes.
     * JBake keeps its registries in statics: close the warm bake before baking anything else.
     */
    public synchronized WarmBake bakeWarm(Recipe recipe) {
        OpenBake open = open(recipe);
        try {
            open.keepOpen();
            return new WarmBake(open, open.bakeAll(recipe.findings(), recipe.planner()));
        } catch (RuntimeException | Error e) {
            open.close();
            throw e;
        }
    }

    private OpenBake open(Recipe recipe) {
        return OpenBake.open(
                asciidoctor,
                recipe.settings(),
                recipe.destination(),
                recipe.attributes(),
                recipe.catalog(),
                recipe.cache(),
                recipe.finish());
    }

    /** The endings of the files JBake reads as documents in content/; any other file there is copied as it is. */
    public static java.util.Set<String> documentExtensions() {
        return java.util.Set.copyOf(org.jbake.parser.Engines.getRecognizedExtensions());
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
}
