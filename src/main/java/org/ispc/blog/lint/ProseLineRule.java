package org.ispc.blog.lint;

import java.util.List;
import org.ispc.blog.diag.Finding;

/** A lint rule that reads the body's prose lines one at a time: outside literal blocks, not comments. */
abstract class ProseLineRule extends LintRule {

    @Override
    final void check(LintedDocument doc, List<Finding> findings) {
        for (int i = doc.bodyStart(); i < doc.lineCount(); i++) {
            if (doc.isProse(i)) {
                checkLine(doc, i, findings);
            }
        }
    }

    /** Adds what the rule finds on the prose line at {@code i} (0-based) of the document. */
    abstract void checkLine(LintedDocument doc, int i, List<Finding> findings);
}
