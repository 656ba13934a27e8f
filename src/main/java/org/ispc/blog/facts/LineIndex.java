package org.ispc.blog.facts;

import java.util.ArrayList;
import java.util.List;
import org.ispc.blog.diag.Position;

/**
 * The lines of a text, for turning an index into the 1-based line and column a writer's editor shows. A
 * column counts characters as the editor does, so a character outside the Basic Multilingual Plane (an
 * emoji) counts once.
 */
final class LineIndex {

    private final String text;
    /** Index of the first character of each line. */
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        List<Integer> found = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                found.add(i + 1);
            }
        }
        this.starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    int count() {
        return starts.length;
    }

    /** Index of the first character of line {@code n}, counted from 1. */
    int start(int n) {
        return starts[n - 1];
    }

    /** Line {@code n}, counted from 1, without its line break. */
    String line(int n) {
        int end = n < starts.length ? starts[n] : text.length();
        while (end > starts[n - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(starts[n - 1], end);
    }

    /** Where the character at {@code index} stands in the file {@code path}. */
    Position at(String path, int index) {
        int i = Math.max(0, Math.min(index, text.length()));
        int line = lineOf(i);
        return Position.at(path, line, text.codePointCount(starts[line - 1], i) + 1);
    }

    private int lineOf(int index) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
