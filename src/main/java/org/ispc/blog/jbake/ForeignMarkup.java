package org.ispc.blog.jbake;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.configuration2.Configuration;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.diag.Position;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserEngine;

/**
 * Stands in for JBake's other parsers (YAML, and any a plugin adds): a file in content/ that is no article would
 * become a page without what the templates need (its title, related articles, the clinic's facts), fail in a
 * template and the HTML validator at a dozen places; one message at the file says what to do instead.
 */
final class ForeignMarkup implements ParserEngine {

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
            return jbakes.parse(config, file);
        }
        String path = OpenBake.relative(projectRoot, file);
        findings.add(Finding.error(
                Position.at(path, 1, 1),
                "content/not-asciidoc",
                "only AsciiDoc (.adoc), Markdown (.md) and HTML (.html) files in content/ become pages, so '"
                        + file.getName() + "' is left out; write it as an article (mvn -Pnew -Dtitle=\"...\" starts"
                        + " one), or move it out of content/"));
        return null;
    }

    @Override
    @Deprecated
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        return jbakes.parse(config, file, contentPath);
    }
}
