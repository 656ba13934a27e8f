package org.ispc.blog.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from an old page written so that AsciiDoc shows it as it was, and does not read it as markup: a paragraph
 * that starts like a list or a heading, {@code {word}} (an attribute to AsciiDoc), a pair of asterisks or
 * underscores (bold or italic), {@code (C)} or {@code ->} (replaced by symbols), "term:: text" (a definition).
 * Only what AsciiDoc would misread is touched, so that the writer reads the words as the old page had them.
 */
final class AsciidocText {

    /**
     * Marks that AsciiDoc pairs at a word's edge or doubled anywhere: bold, italic, highlight, monospace and
     * passthrough. Between two letters ("file_name") a single one is never paired.
     */
    private static final String EDGE_MARKS = "*_#`+";
    /** Superscript and subscript, which AsciiDoc pairs anywhere, inside words too. */
    private static final String ANYWHERE_MARKS = "^~";

    /** {@code {name}}: a reference to an attribute, which AsciiDoc replaces (or drops, when it has none). */
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{(?=[\\w-]+})");
    /** The typographic replacements AsciiDoc makes: (C), (R), (TM), arrows and the double hyphen. */
    private static final Pattern REPLACED = Pattern.compile("\\((?:C|R|TM)\\)|->|=>|<-|<=|(?<!-)--(?!-)");
    /** "term::" or "term;;" followed by a space or the end: a definition list, whatever comes first on the line. */
    private static final Pattern DEFINITION = Pattern.compile("(::|;;)(?=\\s|$)");
    /**
     * A paragraph starting so is another block to AsciiDoc: a literal paragraph (leading space), heading, list
     * item, comment, block title, attribute entry, quote, callout, admonition, attribute line or block delimiter.
     */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:\\s|=+(?:\\s|$)|[*.\\-]+\\s|\\d+\\.\\s"
            + "|[a-zA-Z]\\.\\s|[ivxIVX]+\\)\\s|//|\\.[^\\s.]|:[\\w-]+!?:(?:\\s|$)|>\\s|<\\d+>\\s"
            + "|(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s|\\[.*]$|([-=*_+.])\\1{3,}$|\\|===|--$|'{3,}$|<<<$)");

    private AsciidocText() {}

    /**
     * Escapes a piece of text.
     *
     * @param pairable whether the block it stands in could pair a formatting mark with this text's marks
     */
    static String escape(String text, boolean pairable) {
        String refs = ATTRIBUTE_REFERENCE.matcher(text).replaceAll("\\\\{");
        StringBuilder out = new StringBuilder(refs.length() + 16);
        for (int i = 0; i < refs.length(); i++) {
            char c = refs.charAt(i);
            out.append(pairable && mayPair(refs, i) ? written(c) : String.valueOf(c));
        }
        String escaped = REPLACED.matcher(out).replaceAll(m -> "\\\\" + Matcher.quoteReplacement(m.group()));
        return DEFINITION
                .matcher(escaped)
                .replaceAll(m -> m.group().equals("::") ? "{two-colons}" : "{two-semicolons}");
    }

    private static boolean mayPair(String text, int i) {
        char c = text.charAt(i);
        if (ANYWHERE_MARKS.indexOf(c) >= 0) {
            return true;
        }
        if (EDGE_MARKS.indexOf(c) < 0) {
            return false;
        }
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return before == c || after == c || !isWordChar(before) || !isWordChar(after);
    }

    /** A mark as an attribute or passthrough that shows the character itself and pairs with nothing. */
    private static String written(char mark) {
        return switch (mark) {
            case '*' -> "{asterisk}";
            case '`' -> "{backtick}";
            case '^' -> "{caret}";
            case '~' -> "{tilde}";
            case '+' -> "{plus}";
            default -> "pass:[" + mark + "]";
        };
    }

    static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Whether the text of a block holds two or more of one formatting mark, which AsciiDoc could pair. */
    static boolean couldPair(String blockText) {
        for (char mark : (EDGE_MARKS + ANYWHERE_MARKS).toCharArray()) {
            int first = blockText.indexOf(mark);
            if (first >= 0 && blockText.indexOf(mark, first + 1) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph's first line made to stay a paragraph: {@code {empty}} before what AsciiDoc would read as a block,
     * and a last {@code +} that is not a line break.
     */
    static String asParagraph(String line) {
        String kept = line.endsWith(" +") ? line.substring(0, line.length() - 1) + "{plus}" : line;
        return BLOCK_START.matcher(kept).lookingAt() ? "{empty}" + kept : kept;
    }

    /** A link's or picture's text in brackets: a closing bracket would end it early. */
    static String inBrackets(String text) {
        return text.replace("]", "\\]");
    }
}
