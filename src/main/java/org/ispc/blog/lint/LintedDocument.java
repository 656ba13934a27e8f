package org.ispc.blog.lint;

import java.time.LocalDate;
import java.util.List;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.SourceText;
import org.ispc.blog.diag.Position;

/**
 * One document as every lint rule reads it, parsed once: its lines, where the body starts, and which lines are
 * prose (not the header, not inside a literal block, not a comment).
 */
final class LintedDocument {

    private final Manuscript manuscript;
    /** The file's lines as written. */
    private final String[] written;
    /** The lines the AsciiDoc rules read: JBake's properties header, which is no AsciiDoc, left as empty lines. */
    private final String[] lines;

    private final int bodyStart;
    private final boolean[] literalDelimiter;
    private final boolean[] prose;
    /** Whether a line, as written, holds a character outside printable ASCII: read once for every character rule. */
    private final boolean[] characters;

    private final LocalDate today;
    /** Read by one thread, the one linting the document. */
    private List<ParagraphFlow.Found> paragraphFlow;

    private final int reviewMaxAgeMonths;

    LintedDocument(Manuscript manuscript, LocalDate today, int reviewMaxAgeMonths) {
        this.manuscript = manuscript;
        this.today = today;
        this.reviewMaxAgeMonths = reviewMaxAgeMonths;
        // \n, and \r\n from files saved on Windows
        this.written = manuscript.source().lines().toArray(String[]::new);
        this.lines = manuscript.sourceBelowHeader().lines().toArray(String[]::new);
        this.bodyStart = bodyStart(lines);
        this.literalDelimiter = new boolean[lines.length];
        this.prose = new boolean[lines.length];
        boolean inLiteral = false;
        for (int i = bodyStart; i < lines.length; i++) {
            String line = lines[i];
            if (AsciiDocLines.startsWithAny(line, "-.+")
                    && AsciiDocLines.LITERAL_DELIMITER.matcher(line).matches()) {
                inLiteral = !inLiteral;
                literalDelimiter[i] = true;
            } else {
                prose[i] = !inLiteral && !line.startsWith("//");
            }
        }
        this.characters = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            characters[i] = !printableAscii(written[i]);
        }
    }

    private static boolean printableAscii(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    Manuscript manuscript() {
        return manuscript;
    }

    String path() {
        return manuscript.path();
    }

    String[] lines() {
        return lines;
    }

    int lineCount() {
        return lines.length;
    }

    String line(int index) {
        return lines[index];
    }

    /** A line as the file has it, JBake's properties header included: for rules about characters. */
    String writtenLine(int index) {
        return written[index];
    }

    /** Whether the header writes a field, as {@code :jbake-NAME:} or in JBake's properties header as {@code NAME=}. */
    boolean writesField(String field) {
        if (SourceText.lineStartingWith(path(), manuscript.source(), ":jbake-" + field + ":")
                .isPresent()) {
            return true;
        }
        return manuscript
                .source()
                .lines()
                .limit(manuscript.propertiesHeaderLines())
                .map(String::trim)
                .anyMatch(line -> line.startsWith(field + "="));
    }

    /** The first line after the header (title, author line, attribute lines). */
    int bodyStart() {
        return bodyStart;
    }

    /** Whether a line of the body is text AsciiDoc formats: outside literal blocks, not a comment. */
    boolean isProse(int index) {
        return prose[index];
    }

    /** Whether the line at {@code index} is one of those a {@link LineRule} reads. */
    boolean has(LineRule.Lines lines, int index) {
        return switch (lines) {
            case EVERY -> true;
            case CHARACTERS -> characters[index];
            case PROSE -> prose[index];
        };
    }

    /** The slips of the body's paragraph flow, worked out once for the rules that report them. */
    List<ParagraphFlow.Found> paragraphFlow() {
        if (paragraphFlow == null) {
            paragraphFlow = ParagraphFlow.of(this);
        }
        return paragraphFlow;
    }

    /** Whether a line opens or closes a literal block (----, ...., ++++). */
    boolean isLiteralDelimiter(int index) {
        return literalDelimiter[index];
    }

    LocalDate today() {
        return today;
    }

    int reviewMaxAgeMonths() {
        return reviewMaxAgeMonths;
    }

    /** Where a header line stands, or the document's first line when it has none. */
    Position headerLine(String prefix) {
        return SourceText.lineStartingWith(path(), manuscript.source(), prefix).orElse(Position.at(path(), 1, 1));
    }

    private static int bodyStart(String[] lines) {
        int top = 0;
        while (top < lines.length && lines[top].isEmpty()) {
            top++; // below JBake's properties header, whose lines are left empty
        }
        int i = top;
        while (i < lines.length
                && (lines[i].startsWith("=") && i == top
                        || lines[i].startsWith(":")
                        || i == top + 1 && !lines[i].isBlank()
                        || i == top + 2 && revisionLine(lines, top))) {
            i++;
        }
        return i;
    }

    /** Whether the title has an author line and, under it, a revision line (the date JBake reads). */
    private static boolean revisionLine(String[] lines, int top) {
        return lines[top].startsWith("=")
                && !lines[top + 1].isBlank()
                && !lines[top + 1].startsWith(":")
                && !lines[top + 2].isBlank()
                && !lines[top + 2].startsWith(":");
    }
}
