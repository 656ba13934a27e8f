package org.ispc.blog.asciidoc;

import java.util.Map;
import java.util.Set;

/**
 * What one AsciiDoc file became.
 *
 * @param title the document title as plain text (entities decoded; templates escape it again)
 * @param attributes the header attributes a site cares about: every {@code jbake-*} one, plus author
 * @param bodyHtml the converted body, or empty when only the header was read
 * @param ids every element id in the body
 */
public record Converted(String title, Map<String, String> attributes, String bodyHtml, Set<String> ids) {
    public Converted {
        attributes = Map.copyOf(attributes);
        ids = Set.copyOf(ids);
    }
}
