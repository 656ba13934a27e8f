package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/**
 * A table whose cells do not fill its last row: Asciidoctor leaves that row's cells out of the page without a
 * word. The columns are the cells of the table's first line, as AsciiDoc counts them; tables with a cols or format
 * attribute, or with cell styles and spans ("2+|", "a|"), are AsciiDoc's own business and not counted.
 */
final class TableCells extends LintRule {

    /** A table attribute line that sets the columns or the format itself: its cells are not counted. */
    private static final Pattern TABLE_LAYOUT = Pattern.compile("cols|format|separator");
    /** What may stand right before a cell's '|' as its span or style ("2+", ".3+", "a", "^.^h"). */
    private static final Pattern CELL_SPEC =
            Pattern.compile("(\\d+\\*)?(\\d*(\\.\\d+)?\\+)?([<^>])?(\\.[<^>])?[adehlmsv]?");

    static final Wording INCOMPLETE = new Wording(
            "incomplete",
            "this table has {columns} columns (its first line has {columns} cells) but {cells} cells in all, so its last row is incomplete and the page leaves its cells out, from this one; add the missing cells (an empty cell is a '|' alone), here or in a row above");

    static final Rule RULE = lint(
            "table-cells",
            Severity.ERROR,
            "A table's cells do not fill its last row, and AsciiDoc leaves that row out of the page without a word.",
            "A table has as many columns as its first line has cells (`|Position |Pillow` makes two); every row needs that many. Add the missing cells; an empty cell is a `|` with nothing after it. A cell left out of a row above shifts every later cell, so look up from the line named (see <<tables>>).",
            all("|===\n|Position |Why\n|On your side |Keeps the spine straight\n|On your back\n|===\n"),
            all(
                    "|===\n|Position |Why\n|On your side |Keeps the spine straight\n|===\n",
                    "[cols=\"1,1\"]\n|===\n|Position |Why\n|On your side\n|===\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(INCOMPLETE);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        String[] lines = doc.lines();
        int openedAt = -1; // the line of an open table's "|===", while one is open
        for (int i = doc.bodyStart(); i < lines.length; i++) {
            if (!doc.isProse(i)
                    || !lines[i].startsWith("|===")
                    || !lines[i].strip().equals("|===")) {
                continue;
            }
            if (openedAt < 0) {
                openedAt = i;
                continue;
            }
            int open = openedAt;
            openedAt = -1;
            boolean ownLayout = open > 0
                    && lines[open - 1].startsWith("[")
                    && TABLE_LAYOUT.matcher(lines[open - 1]).find();
            if (!ownLayout) {
                incompleteRow(doc.path(), lines, open + 1, i).ifPresent(findings::add);
            }
        }
    }

    private Optional<Finding> incompleteRow(String path, String[] lines, int from, int to) {
        List<Position> cells = new ArrayList<>(); // where each cell's '|' stands
        int columns = 0;
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (line.startsWith("//")) {
                continue;
            }
            int onThisLine = 0;
            for (int c = 0; c < line.length(); c++) {
                if (line.charAt(c) != '|' || c > 0 && line.charAt(c - 1) == '\\') {
                    continue;
                }
                int tokenStart = c;
                while (tokenStart > 0 && !Character.isWhitespace(line.charAt(tokenStart - 1))) {
                    tokenStart--;
                }
                String before = line.substring(tokenStart, c);
                if (!before.isEmpty() && CELL_SPEC.matcher(before).matches()) {
                    return Optional.empty(); // a span or a style: not counted
                }
                cells.add(Position.at(path, i + 1, c + 1));
                onThisLine++;
            }
            if (columns == 0) {
                columns = onThisLine;
            }
        }
        if (columns == 0 || cells.size() % columns == 0) {
            return Optional.empty();
        }
        return Optional.of(finding(
                cells.get(cells.size() / columns * columns), // the first cell of the row left out
                INCOMPLETE.fill("columns", columns, "cells", cells.size())));
    }
}
