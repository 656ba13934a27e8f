package org.ispc.blog.jbake;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.configuration2.Configuration;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.content.YamlText;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.diag.Position;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserEngine;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Stands in for JBake's other parsers (YAML, and any a plugin adds): a file in content/ that is no article would
 * become a page without what the templates need (its title, related articles, the clinic's facts), fail in a
 * template and the HTML validator at a dozen places; one message at the file says what to do instead.
 */
final class ForeignMarkup implements ParserEngine {

    /** The rule of each data file the build reads itself; any other file of data/ is only read by JBake. */
    private static final Map<String, String> DATA_RULES =
            Map.of("clinic.yml", "facts/yaml-syntax", "redirects.yml", "redirects/yaml");

    private final Path projectRoot;
    private final Findings findings;
    /** JBake's own parser for this kind of file, which still reads its data folder (data/*.yml). */
    private final ParserEngine jbakes;

    ForeignMarkup(Path projectRoot, Findings findings, ParserEngine jbakes) {
        this.projectRoot = projectRoot;
        this.findings = findings;
        this.jbakes = jbakes;
    }

    /** The parser this one stands in for. */
    ParserEngine jbakes() {
        return jbakes;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        if (!file.toPath().toAbsolutePath().normalize().startsWith(projectRoot.resolve(SiteSettings.CONTENT))) {
            try {
                return jbakes.parse(config, file);
            } catch (RuntimeException e) {
                // JBake reads every file of data/ for the templates, and stopped the whole bake, with its stack
                // trace, at the first one it could not read (a YAML error, or a number that is not one for a value
                // tagged !!int); JBake leaves out a file read as null
                findings.add(unreadableData(JBakeSession.relative(projectRoot, file), file.toPath(), e));
                return null;
            }
        }
        String path = JBakeSession.relative(projectRoot, file);
        findings.add(Finding.error(
                Position.at(path, 1, 1),
                "content/not-asciidoc",
                "only AsciiDoc (.adoc), Markdown (.md) and HTML (.html) files in content/ become pages, so '"
                        + file.getName() + "' is left out; write it as an article (mvn -Pnew -Dtitle=\"...\" starts"
                        + " one), or move it out of content/"));
        return null;
    }

    /**
     * A data file JBake could not read, at its line: text that is not YAML (its line found again by {@link
     * YamlText}), or a value that is not of the kind its tag names ({@code !!int abc}).
     */
    private static Finding unreadableData(String path, Path file, RuntimeException e) {
        String rule = DATA_RULES.getOrDefault(file.getFileName().toString(), "build/data-file");
        String text = FileTree.read(file);
        try {
            YamlText.compose(text, path);
        } catch (YamlText.Refused refused) {
            return Finding.error(refused.at(), rule, refused.getMessage());
        }
        Position at = e instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                ? Position.at(
                        path,
                        marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1)
                : SourceText.find(path, text, "!!").orElse(Position.at(path, 1, 1));
        return Finding.error(
                at,
                rule,
                "this value cannot be read as the kind its '!!' tag names (such as !!int or !!timestamp); remove the"
                        + " tag and write the value alone, in quotes if it is text");
    }

    @Override
    @Deprecated
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        return jbakes.parse(config, file, contentPath);
    }
}
