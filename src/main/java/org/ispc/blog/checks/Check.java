package org.ispc.blog.checks;

import java.util.List;
import org.ispc.blog.diag.Finding;

/** One gate a site passes before it is published. */
public interface Check {

    /** A short name for the build summary, such as "links". */
    String name();

    List<Finding> run(BuiltSite site);

    /**
     * The findings of a build that looked again only at what {@code scope} names, given this check's findings
     * of the build before. The whole check runs again unless the check knows better: a check that reads one
     * file at a time keeps its findings about the files out of scope and reads only the others.
     */
    default List<Finding> runOn(BuiltSite site, Scope scope, List<Finding> previous) {
        return run(site);
    }

    /**
     * Called as a build starts: a check that needs long set-up (loading schemas, say) may begin it now, on a
     * thread of its own, so that it is ready when its turn comes.
     */
    default void prepare() {}

    /** Whether the writer's preview runs this gate too; slow gates about the templates may skip it. */
    default boolean inPreview() {
        return true;
    }
}
