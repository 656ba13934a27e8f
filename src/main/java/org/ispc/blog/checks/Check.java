package org.ispc.blog.checks;

import java.util.List;
import org.ispc.blog.diag.Finding;

/** One gate a site passes before it is published. */
public interface Check {

    /** A short name for the build summary, such as "links". */
    String name();

    List<Finding> run(BuiltSite site);

    /** Whether the writer's preview runs this gate too; slow gates about the templates may skip it. */
    default boolean inPreview() {
        return true;
    }
}
