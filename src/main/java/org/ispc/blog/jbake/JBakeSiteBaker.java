package org.ispc.blog.jbake;

import java.util.Set;
import org.ispc.blog.asciidoc.Engine;
import org.jbake.parser.Engines;

/** {@link SiteBaker} with JBake 2.7: each bake is a {@link JBakeSession}, which holds JBake for the JVM. */
final class JBakeSiteBaker implements SiteBaker {

    private final Engine asciidoctor;

    JBakeSiteBaker(Engine asciidoctor) {
        this.asciidoctor = asciidoctor;
        // Freemarker logs through the first library it finds; the HTML validator brings log4j 1, which
        // would print set-up warnings at writers. SLF4J goes to our logback configuration instead.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }

    @Override
    public void bake(Recipe recipe) {
        try (JBakeSession session = JBakeSession.open(asciidoctor, recipe, "a full bake")) {
            session.bakeAll(recipe.findings(), recipe.planner());
        }
    }

    @Override
    public PreviewBake bakeForPreview(Recipe recipe) {
        JBakeSession session = JBakeSession.open(asciidoctor, recipe, "a bake kept open for the preview");
        try {
            session.keepOpen();
            return new JBakePreviewBake(session, session.bakeAll(recipe.findings(), recipe.planner()));
        } catch (RuntimeException | Error e) {
            session.close();
            throw e;
        }
    }

    /**
     * JBake's parsers by file ending. The set is fixed when JBake's {@code Engines} loads: a bake replaces the parser of
     * an ending, never adds or removes one, so it is read without holding JBake.
     */
    static Set<String> documentExtensions() {
        return Set.copyOf(Engines.getRecognizedExtensions());
    }
}
