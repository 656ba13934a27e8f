package org.ispc.blog.facts;

import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;

/** {@code facts/damaged-file}: a published file that is broken, so that readers cannot open it either. */
final class DamagedFile {

    static final String RULE = "facts/damaged-file";

    private DamagedFile() {}

    static Finding because(Position at, String why) {
        return Finding.error(
                at, RULE, why + "; export or save the file again from the program that made it, and replace it");
    }
}
