package org.ispc.blog.facts;

import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;

/**
 * {@code facts/unread-file}: a published file whose text the build cannot read, though readers can (a PDF of
 * scanned pages, one locked by a password, a kind of file the build has no reader for). A warning: the file may
 * hold an old number, and nobody but a person can tell.
 */
final class UnreadFile {

    static final String RULE = "facts/unread-file";

    private UnreadFile() {}

    static Finding because(Position at, String why) {
        return Finding.warning(
                at,
                RULE,
                why + "; the build cannot check its phone numbers and addresses: check them by hand against"
                        + " data/clinic.yml, or publish the text as a page or a PDF with real text");
    }

    static Finding ofKind(Position at, String kind) {
        return because(at, "the build has no reader for " + kind + " files");
    }
}
