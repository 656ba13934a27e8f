package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/** A sentence that promises a list with ':' and none follows: the seed article's empty "including:". */
final class MissingList extends LineRule {

    static final Wording NO_LIST = new Wording(
            "no-list",
            "this sentence ends with ':' but no list follows; add the list (one '* item' per line, after a blank line) or end the sentence with a full stop");

    static final Rule RULE = lint(
            "missing-list",
            Severity.ERROR,
            "A sentence ends with a colon, as if a list followed, but no list follows.",
            "Add the list, each item on its own line starting with `*` after a blank line, or end the sentence with a full stop.",
            all("Common causes of back pain include:\n\nPosture matters too.\n"),
            all(
                    "Common causes of back pain include:\n\n* poor posture\n* lifting\n",
                    "Sciatica:: pain along the sciatic nerve\n",
                    "Steps:\n\n. Lie down\n. Breathe\n"));

    MissingList() {
        super(Lines.PROSE);
    }

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(NO_LIST);
    }

    @Override
    void checkLine(LintedDocument doc, int i, List<Finding> findings) {
        String[] lines = doc.lines();
        String line = lines[i];
        if (line.stripTrailing().endsWith(":")
                && !line.startsWith(":")
                && !line.startsWith("[")
                && !AsciiDocLines.LIST_ITEM.matcher(line).matches()
                && !AsciiDocLines.HEADING.matcher(line).matches()
                && !(line.contains("::")
                        && AsciiDocLines.DESCRIPTION_TERM.matcher(line).matches())
                && !nextIsList(lines, i + 1)) {
            findings.add(
                    finding(Position.at(doc.path(), i + 1, line.stripTrailing().length()), NO_LIST.fill()));
        }
    }

    private static boolean nextIsList(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("//")) {
                continue;
            }
            return AsciiDocLines.LIST_ITEM.matcher(l).matches()
                    || AsciiDocLines.DESCRIPTION_TERM.matcher(l).matches()
                    || AsciiDocLines.WORD_LIST_ITEM.matcher(l).matches() // reported as lint/word-list, once
                    || AsciiDocLines.BLOCK_START.matcher(l.strip()).matches()
                    || l.startsWith(".") && !l.startsWith(". ");
        }
        return false;
    }
}
