package org.ispc.blog.lint;

import java.util.function.IntPredicate;

/** Walks the characters of a line outside printable ASCII, where the character rules look. */
final class CharacterScan {

    private CharacterScan() {}

    /** The column (1-based) of each code point of the line outside printable ASCII that {@code wanted} accepts. */
    static void each(String line, IntPredicate wanted, java.util.function.BiConsumer<Integer, Integer> atColumn) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (cp >= 0x20 && cp < 0x7F) {
                i++; // printable ASCII, nearly all of an article: nothing any character rule reports
                continue;
            }
            if (wanted.test(cp)) {
                atColumn.accept(i + 1, cp);
            }
            i += Character.charCount(cp);
        }
    }
}
