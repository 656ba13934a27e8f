package org.ispc.blog.lint;

import java.util.List;
import org.ispc.blog.diag.Finding;

/**
 * A lint rule that reads a document one line at a time. {@link ContentLint} reads each document's lines once and
 * hands every line to each such rule that reads it, instead of every rule looping over the lines on its own.
 */
abstract class LineRule extends LintRule {

    /** Which lines of a document a rule reads. */
    enum Lines {
        /** Every line, JBake's properties header included. */
        EVERY,
        /**
         * The lines whose text, as the file has it, holds a character outside printable ASCII: the only lines
         * where a rule about characters (pasted, garbled or invisible ones) can find one.
         */
        CHARACTERS,
        /** The body's prose lines: outside literal blocks, not comments ({@link LintedDocument#isProse}). */
        PROSE
    }

    private final Lines lines;

    LineRule(Lines lines) {
        this.lines = lines;
    }

    /** Which lines the rule reads. */
    final Lines lines() {
        return lines;
    }

    /** The rule alone over the document, as {@link ContentLint} drives it with the others. */
    @Override
    final void check(LintedDocument doc, List<Finding> findings) {
        for (int i = 0; i < doc.lineCount(); i++) {
            if (doc.has(lines, i)) {
                checkLine(doc, i, findings);
            }
        }
    }

    /** Adds what the rule finds on the line at {@code i} (0-based) of the document, one of those it reads. */
    abstract void checkLine(LintedDocument doc, int i, List<Finding> findings);
}
