package org.ispc.blog.diag;

import java.util.Comparator;

/**
 * A place in a file a writer edits: the path relative to the project root, with forward slashes, and a
 * 1-based line and column (0 when unknown).
 */
public record Position(String path, int line, int column) implements Comparable<Position> {

    private static final Comparator<Position> ORDER = Comparator.comparing(Position::path)
            .thenComparingInt(Position::line)
            .thenComparingInt(Position::column);

    public Position {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a position needs a path");
        }
        path = path.replace('\\', '/');
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    /** A whole file, when no line can be named. */
    public static Position file(String path) {
        return new Position(path, 0, 0);
    }

    public static Position at(String path, int line, int column) {
        return new Position(path, line, column);
    }

    /** {@code path:line:col}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        if (line == 0) {
            return path;
        }
        return column == 0 ? path + ":" + line : path + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }
}
