package org.ispc.blog.diag;

import java.util.Comparator;

/**
 * A place in a file a writer edits: the path relative to the project root, with forward slashes, and a
 * 1-based line and column (0 when unknown). In a file made of pages, such as a PDF, the 1-based page too, and
 * the line within that page.
 */
public record Position(String path, int line, int column, int page) implements Comparable<Position> {

    private static final Comparator<Position> ORDER = Comparator.comparing(Position::path)
            .thenComparingInt(Position::page)
            .thenComparingInt(Position::line)
            .thenComparingInt(Position::column);

    public Position {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a position needs a path");
        }
        path = path.replace('\\', '/');
        line = Math.max(0, line);
        column = Math.max(0, column);
        page = Math.max(0, page);
    }

    /** A place in a file of lines, as most are. */
    public Position(String path, int line, int column) {
        this(path, line, column, 0);
    }

    /** A whole file, when no line can be named. */
    public static Position file(String path) {
        return new Position(path, 0, 0);
    }

    public static Position at(String path, int line, int column) {
        return new Position(path, line, column);
    }

    /** A line of a page (0 when the line is unknown): a PDF's text is read page by page. */
    public static Position inPage(String path, int page, int line) {
        return new Position(path, line, 0, page);
    }

    /**
     * {@code path:line:col}, leaving out the parts that are unknown; {@code path: page 2, line 5} in a file of
     * pages, where an editor's line numbers mean nothing.
     */
    @Override
    public String toString() {
        if (page > 0) {
            return path + ": page " + page + (line == 0 ? "" : ", line " + line);
        }
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
