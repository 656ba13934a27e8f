package org.ispc.blog.content;

import java.util.Optional;
import org.ispc.blog.diag.Position;

/** Finds where something stands in a source file, so that findings can name its line and column. */
public final class SourceText {

    private SourceText() {}

    /** The position of the first line that starts with {@code prefix}, e.g. {@code :jbake-date:}. */
    public static Optional<Position> lineStartingWith(String path, String text, String prefix) {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (text.startsWith(prefix, start)) {
                return Optional.of(Position.at(path, line, 1));
            }
            start = end + 1;
            line++;
        }
        return Optional.empty();
    }

    /** The position of a character offset in the text. */
    public static Position positionOf(String path, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Position.at(path, line, offset - lineStart + 1);
    }

    /** The position of the first occurrence of {@code needle} at or after {@code from}, if any. */
    public static Optional<Position> find(String path, String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? Optional.empty() : Optional.of(positionOf(path, text, at));
    }
}
