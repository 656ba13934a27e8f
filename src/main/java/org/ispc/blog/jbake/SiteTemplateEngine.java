package org.ispc.blog.jbake;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Adds the build's own variables (clinic facts, related articles, precomputed lists) to every page JBake
 * renders, so that templates never query the content store page by page.
 */
final class SiteTemplateEngine extends DelegatingTemplateEngine {

    private final Function<Map<String, Object>, Map<String, Object>> extras;
    private final UnaryOperator<String> finish;

    /** @param finish what is done to each page's text before it is written */
    SiteTemplateEngine(
            ContentStore db,
            JBakeConfiguration config,
            Function<Map<String, Object>, Map<String, Object>> extras,
            UnaryOperator<String> finish) {
        super(db, config);
        this.extras = extras;
        this.finish = finish;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        // JBake hands all its index pages one model, changing a few variables between pages: each page gets a
        // copy, so that no variable of ours from one page (the link to the next page) stays for the next
        TemplateModel page = new TemplateModel();
        page.putAll(model);
        page.putAll(extras.apply(model));
        StringWriter text = new StringWriter();
        super.renderDocument(page, templateName, text);
        try {
            writer.write(finish.apply(text.toString()));
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }
}
