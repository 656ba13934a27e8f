package org.ispc.blog.jbake;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.ispc.blog.asciidoc.ConversionCache;
import org.ispc.blog.asciidoc.Engine;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.diag.Findings;

/**
 * The only way the rest of the build reaches JBake: a full bake of the site into a folder, or a bake kept open for
 * the preview, which then re-renders only the pages an edit changes.
 *
 * <p>JBake 2.7 keeps its registries in static fields, so a JVM has one JBake whatever the number of bakers: a bake
 * holds it for the whole JVM, a full bake while it runs and a preview bake from the moment it opens until it is
 * closed, and any other bake, on any thread, waits until then.
 */
public interface SiteBaker {

    /**
     * JBake 2.7 over the project, with the parts a clinic cannot ship as they are replaced: our AsciiDoc parser (SAFE
     * mode, guarded includes, no drafts), a template engine that hands templates the build's precomputed variables,
     * and a content store held in memory.
     *
     * @param asciidoctor asked for the engine only when the first file is converted: it may still be starting
     */
    static SiteBaker jbake(Engine asciidoctor) {
        return new JBakeSiteBaker(asciidoctor);
    }

    /** The endings of the files JBake reads as documents in content/; any other file there is copied as it is. */
    static Set<String> documentExtensions() {
        return JBakeSiteBaker.documentExtensions();
    }

    /** Bakes the whole site into the recipe's destination, once no other bake in this JVM holds JBake. */
    void bake(Recipe recipe);

    /**
     * Bakes as {@link #bake} does, and keeps JBake's content store, the converted articles and the templates open for
     * {@link PreviewBake#update}. JBake stays held for this JVM until the preview bake is closed: close it before
     * anything else is baked, on this thread or another.
     */
    PreviewBake bakeForPreview(Recipe recipe);

    /** What templates get per page, once the content is known. */
    interface Planner extends Function<Catalog, PagePlan> {}

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
    record Recipe(
            SiteSettings settings,
            Path destination,
            Map<String, String> attributes,
            Catalog catalog,
            Findings findings,
            Optional<ConversionCache> cache,
            Planner planner,
            UnaryOperator<String> finish) {}

    /**
     * A bake kept open after a full bake, for the preview: an edit of existing articles is read again and only the
     * pages it can change are rendered again, by JBake's own renderer and templates. Holds JBake for the JVM until
     * {@link #close}.
     */
    interface PreviewBake extends AutoCloseable {

        /** What one update read again: the sources edited since the live pages were written. */
        record Update(Set<String> editedSources) {}

        /**
         * Reads the edited files again and writes into {@code destination} (an empty folder) every page the edit may
         * change. Empty when the edit needs a full bake instead: a file that is not one of the site's documents (a
         * new one, a partial), a document that another includes, a document that no longer reads as one, or a topic
         * no article has any more. After an empty answer this bake may be out of step with the files: close it.
         *
         * @param edited absolute paths of the files saved since the last build
         */
        Optional<Update> update(Set<Path> edited, Path destination, Findings findings, Planner planner);

        /**
         * Says whether the pages of the last update stayed in the folder the next update compares with (the live
         * site, or a site kept aside while it fails its checks). If not (a check failed and they were taken back),
         * the edits stay pending and their pages are written again next time.
         */
        void settle(boolean wentLive);

        /** Lets JBake go, for the next bake in this JVM. */
        @Override
        void close();
    }
}
