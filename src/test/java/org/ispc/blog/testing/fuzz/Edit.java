package org.ispc.blog.testing.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One change a writer (or a bad paste) could make to a file, applied to its lines. Positions are taken modulo the
 * number of lines or characters, so that any two numbers make a valid edit of any file and jqwik can shrink them
 * towards the first line; {@link #toString} says what it did, so that a failing case reads as a recipe.
 *
 * @param kind what to do
 * @param at the line (or, for {@link Kind#TRUNCATE}, the character) it starts at
 * @param other a second line or a column, depending on the kind
 * @param token what is inserted or written, for the kinds that write
 */
public record Edit(Kind kind, int at, int other, String token) {

    /** The kinds of change, from a line lost to a value replaced in a header line. */
    public enum Kind {
        DELETE_LINE,
        DUPLICATE_LINE,
        SWAP_LINES,
        INSERT_LINE,
        INSERT_IN_LINE,
        REPLACE_LINE,
        /** a header line's value (the text after {@code :name:}, or the whole line when it has no name). */
        REPLACE_VALUE,
        /** the line indented by {@code other} spaces, or by a tab when {@code other} is odd. */
        INDENT,
        TRUNCATE,
        CRLF
    }

    public Edit {
        at = Math.abs(at);
        other = Math.abs(other);
    }

    /** The text after this edit; lines are split on \n only, so that \r and other line ends stay as they are. */
    public String applyTo(String text) {
        if (kind == Kind.TRUNCATE) {
            return text.isEmpty() ? text : text.substring(0, at % text.length());
        }
        if (kind == Kind.CRLF) {
            return text.replace("\r\n", "\n").replace("\n", "\r\n");
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = lines.size();
        int i = at % n;
        switch (kind) {
            case DELETE_LINE -> lines.remove(i);
            case DUPLICATE_LINE -> lines.add(i, lines.get(i));
            case SWAP_LINES -> {
                int j = other % n;
                String line = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, line);
            }
            case INSERT_LINE -> lines.add(i, token);
            case INSERT_IN_LINE -> {
                String line = lines.get(i);
                int column = line.isEmpty() ? 0 : other % (line.length() + 1);
                lines.set(i, line.substring(0, column) + token + line.substring(column));
            }
            case REPLACE_LINE -> lines.set(i, token);
            case REPLACE_VALUE -> lines.set(i, withValue(lines.get(i), token));
            case INDENT -> lines.set(i, (other % 2 == 1 ? "\t" : " ".repeat(1 + other % 8)) + lines.get(i));
            default -> throw new IllegalStateException(kind.name());
        }
        return String.join("\n", lines);
    }

    /** The text after every edit, in order. */
    public static String applyAll(String text, List<Edit> edits) {
        String out = text;
        for (Edit edit : edits) {
            out = edit.applyTo(out);
        }
        return out;
    }

    /** {@code :name: value} and {@code key: value} keep their name; any other line is replaced. */
    private static String withValue(String line, String value) {
        if (line.startsWith(":")) {
            int end = line.indexOf(':', 1);
            if (end > 0) {
                return line.substring(0, end + 1) + " " + value;
            }
        }
        int colon = line.indexOf(": ");
        return colon > 0 ? line.substring(0, colon + 2) + value : value;
    }

    @Override
    public String toString() {
        String shown = token.length() > 60 ? token.substring(0, 40) + "...(" + token.length() + " chars)" : token;
        return kind + "@" + at + "/" + other + (token.isEmpty() ? "" : " " + escaped(shown));
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
