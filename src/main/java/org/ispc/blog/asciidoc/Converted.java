package org.ispc.blog.asciidoc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ispc.blog.content.BodyReading;
import org.ispc.blog.diag.Finding;

/**
 * What one AsciiDoc file became.
 *
 * @param title the document title as plain text (entities decoded; templates escape it again)
 * @param attributes the header attributes a site cares about: every {@code jbake-*} one, plus author
 * @param bodyHtml the converted body
 * @param ids every element id in the body
 * @param reading the body's text and first image, read once with the ids
 * @param findings what Asciidoctor and the include guard reported while converting this file
 * @param includes every file the includes named, with what it held then (see {@link IncludedFiles#state})
 */
public record Converted(
        String title,
        Map<String, String> attributes,
        String bodyHtml,
        Set<String> ids,
        BodyReading reading,
        List<Finding> findings,
        Map<String, String> includes) {
    public Converted {
        attributes = Map.copyOf(attributes);
        ids = Set.copyOf(ids);
        findings = List.copyOf(findings);
        includes = includes == null ? null : Map.copyOf(includes); // null: an entry of a build before
    }
}
