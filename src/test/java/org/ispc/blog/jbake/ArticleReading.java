package org.ispc.blog.jbake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ispc.blog.asciidoc.AsciidocConverter;
import org.ispc.blog.asciidoc.Engine;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.PropertiesHeader;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.facts.ClinicAttributes;
import org.ispc.blog.facts.ClinicFactsLoader;
import org.ispc.blog.markup.MarkupConverter;
import org.ispc.blog.testing.TestSite;

/**
 * Documents read as the bake reads them, without baking: the article engine with a converter of its own (the
 * include guard, the header, the catalog), on the shared warm Asciidoctor.
 */
final class ArticleReading {

    private ArticleReading() {}

    /** Reads each document (a path under {@code root}) into {@code catalog}, and what reading them found. */
    static Findings read(
            Path root, SiteSettings settings, ClinicFactsLoader.Loaded facts, Catalog catalog, List<String> paths) {
        Findings findings = new Findings();
        Map<String, String> attributes = ClinicAttributes.of(facts.facts().orElseThrow());
        try (AsciidocConverter converter = AsciidocConverter.open(
                Engine.of(TestSite.SharedAsciidoctor.get()),
                root,
                root.resolve(SiteSettings.CONTENT),
                attributes,
                Optional.empty(),
                PropertiesHeader.Rules.JBAKE)) {
            MarkupConverter markup = new MarkupConverter(root, List.of(), attributes, ArticleEngine::urlOf);
            ArticleEngine engine = new ArticleEngine(
                    converter, markup, root, settings, PropertiesHeader.Rules.JBAKE, catalog, findings);
            for (String path : paths) {
                engine.parse(null, root.resolve(path).toFile());
            }
        }
        return findings;
    }
}
