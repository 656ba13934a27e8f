package org.ispc.blog.lint;

import java.util.regex.Pattern;

/** What several lint rules need to tell about a line of AsciiDoc: list items, headings, block delimiters. */
final class AsciiDocLines {

    private AsciiDocLines() {}

    static final Pattern LIST_ITEM = Pattern.compile("^\\s*(\\*+|-|\\.+|\\d+\\.|[a-zA-Z]\\.|<\\d+>)\\s+\\S.*");
    /** The term of a description list: "Sciatica:: Pain along the sciatic nerve". */
    static final Pattern DESCRIPTION_TERM = Pattern.compile("^[^\\s:][^:]*:{2,4}(\\s+\\S.*)?$");
    /** A list item as a word processor writes it: a bullet character, or "1)"; AsciiDoc prints both as text. */
    static final Pattern WORD_LIST_ITEM =
            Pattern.compile("^\\s*([\u2022\u25E6\u25AA\u2023\u2013\u2014]|\\d+\\))\\s+\\S.*");

    static final Pattern BLOCK_START =
            Pattern.compile("^(\\|===|====+|\\*\\*\\*\\*+|----+|\\.\\.\\.\\.+|\\[.*\\]|image::.*|include::.*)\\s*$");
    static final Pattern HEADING = Pattern.compile("^(={2,6})\\s+\\S.*");
    static final Pattern LITERAL_DELIMITER = Pattern.compile("^(----+|\\.\\.\\.\\.+|\\+\\+\\+\\++)\\s*$");

    /** Whether a line starts with one of {@code chars}: the patterns it guards all do. */
    static boolean startsWithAny(String line, String chars) {
        return !line.isEmpty() && chars.indexOf(line.charAt(0)) >= 0;
    }

    /** Whether a line can match {@link #LIST_ITEM}: a marker (*, -, ., <, a digit, or a letter and a dot) first. */
    static boolean mayBeListItem(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return "*-.<".indexOf(c) >= 0
                || Character.isDigit(c)
                || Character.isLetter(c) && i + 1 < line.length() && line.charAt(i + 1) == '.';
    }

    /** Text shown in a message: at most 40 characters. */
    static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    /** Whether a position of the line stands in `monospace`, where AsciiDoc shows code as typed on purpose. */
    static boolean insideBackticks(String line, int at) {
        int ticks = 0;
        for (int i = 0; i < at; i++) {
            if (line.charAt(i) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }
}
