package org.ispc.blog.jbake;

import java.util.Map;

/** What templates get beyond JBake's own model, worked out once the content is known. */
public interface PagePlan {

    /** The extra variables for one page, given JBake's model of it. */
    Map<String, Object> extrasFor(Map<String, Object> jbakeModel);

    /**
     * Whether the page of the document at {@code sourcePath} gets the same extra variables under both plans:
     * if so, and its own source is unchanged, the page JBake writes for it is the same.
     */
    boolean sameDocumentPage(PagePlan other, String sourcePath);

    /** Whether the list pages (home, archive, topics, feed, sitemap, 404) get the same variables under both plans. */
    boolean sameListPages(PagePlan other);
}
