package org.ispc.blog.importer;

import org.jsoup.nodes.Node;

/**
 * Something of a saved page the importer could not bring over as it was, for the report.
 *
 * @param line the line of the saved page it stands on; 0 when the page as a whole is meant
 */
record Note(int line, String rule, String message) {

    /** A note on the line of the saved page that {@code node} (or its nearest placed parent) stands on. */
    static Note at(Node node, String rule, String message) {
        return new Note(lineOf(node), rule, message);
    }

    static int lineOf(Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            if (n.sourceRange().isTracked()) {
                return n.sourceRange().start().lineNumber();
            }
        }
        return 0;
    }
}
