package org.ispc.blog.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of text that a reader of a published file sees, and where it stands in the file.
 *
 * @param text the line, without its line break
 * @param page the 1-based page in a file of pages (a PDF), 0 in any other
 * @param line the 1-based line in the file, or within the page; 0 when the reader cannot tell
 * @param column the 1-based column of the text's first character; 0 when the reader cannot tell
 * @param article the address of the article the text was made from ({@code /blog/x/}), in the feed and the search
 *     index; empty otherwise
 * @param dials the number a tel: link around the text dials ({@code +12025550110}); empty when the text is no
 *     such link
 */
public record TextPiece(String text, int page, int line, int column, String article, String dials) {

    public TextPiece {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a piece is one line: " + text);
        }
    }

    /** A line of a file of lines, at its line and column. */
    public static TextPiece at(String text, int line, int column) {
        return new TextPiece(text, 0, line, column, "", "");
    }

    /** A copy made from the article at {@code address}. */
    public TextPiece from(String address) {
        return new TextPiece(text, page, line, column, address, dials);
    }

    /**
     * The lines of {@code text} that hold more than white space, the first starting at {@code line} and
     * {@code column}, every next one at its column 1 (0 when the column is unknown).
     */
    public static List<TextPiece> lines(String text, int page, int line, int column) {
        List<TextPiece> out = new ArrayList<>();
        int start = 0;
        int n = line;
        int col = column;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            char c = end ? '\n' : text.charAt(i);
            if (c == '\n' || c == '\r') {
                String one = text.substring(start, i);
                if (!one.isBlank()) {
                    out.add(new TextPiece(one, page, n, col, "", ""));
                }
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
                n = n == 0 ? 0 : n + 1;
                col = column == 0 ? 0 : 1;
            }
        }
        return out;
    }

    /** The column of the character at {@code offset} of the text (0 when the column is unknown). */
    public int columnOf(int offset) {
        return column == 0 ? 0 : column + text.codePointCount(0, Math.max(0, Math.min(offset, text.length())));
    }
}
