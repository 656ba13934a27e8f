package org.ispc.blog.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Follows where paragraphs begin and end, to find a list or an image written on the line right after a sentence
 * (AsciiDoc reads it as more words of that paragraph, so readers see "* stretch daily" or "image::knee.jpg[...]" as
 * text: the "including:" with nothing after it of the clinic's old site), and a paragraph that begins with spaces,
 * which AsciiDoc shows as a literal block.
 */
final class ParagraphFlow {

    private static final Pattern BLOCK_MACRO = Pattern.compile("^(image|video|audio)::\\S+\\[.*\\]\\s*$");
    private static final Pattern BOUNDARY = Pattern.compile(
            "^(\\|===|====+|\\*\\*\\*\\*+|____+|--|\\+|\\[.*\\]|:[^:\\s]+:.*|\\.[^.\\s].*|={1,6}\\s.*)\\s*$");
    private static final Pattern DESCRIPTION_TERM = Pattern.compile("^\\S.*?(::|;;)(\\s.*)?$");

    /** What the flow found at a line. */
    enum Slip {
        /** A picture, video or audio macro glued to the paragraph above. */
        GLUED_MACRO,
        /** A list item glued to the sentence above. */
        GLUED_LIST,
        /** A paragraph starting with spaces or a tab. */
        INDENTED
    }

    /** @param index the line's index in the document */
    record Found(Slip slip, int index) {}

    private enum Open {
        NOTHING,
        TEXT,
        LIST
    }

    private ParagraphFlow() {}

    /** Every slip of the document's body, in order. */
    static List<Found> of(LintedDocument doc) {
        List<Found> found = new ArrayList<>();
        Open open = Open.NOTHING;
        boolean inTable = false;
        for (int i = doc.bodyStart(); i < doc.lineCount(); i++) {
            if (doc.isLiteralDelimiter(i)) {
                open = Open.NOTHING;
                continue;
            }
            if (!doc.isProse(i)) {
                continue;
            }
            String line = doc.line(i);
            if (line.strip().equals("|===")) {
                inTable = !inTable;
                open = Open.NOTHING;
                continue;
            }
            if (inTable
                    || line.isBlank()
                    || AsciiDocLines.startsWithAny(line, "|=*_-+[:.")
                            && BOUNDARY.matcher(line).matches()) {
                open = Open.NOTHING;
                continue;
            }
            if (line.contains("::") && BLOCK_MACRO.matcher(line).matches()) {
                if (open != Open.NOTHING) {
                    found.add(new Found(Slip.GLUED_MACRO, i));
                }
                continue;
            }
            if (AsciiDocLines.mayBeListItem(line)
                    && AsciiDocLines.LIST_ITEM.matcher(line).matches()) {
                if (open == Open.TEXT) {
                    found.add(new Found(Slip.GLUED_LIST, i));
                }
                open = Open.LIST;
                continue;
            }
            if (open == Open.NOTHING && Character.isWhitespace(line.charAt(0))) {
                open = Open.TEXT;
                found.add(new Found(Slip.INDENTED, i));
                continue;
            }
            if (open == Open.NOTHING) {
                boolean term = (line.contains("::") || line.contains(";;"))
                        && DESCRIPTION_TERM.matcher(line).matches();
                open = term ? Open.LIST : Open.TEXT;
            }
        }
        return found;
    }
}
