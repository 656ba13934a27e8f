package org.ispc.blog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    /** JavaScript's {@code \s}, as the ECMAScript standard lists it: where search.js splits a query. */
    private static final java.util.regex.Pattern JAVASCRIPT_WHITE_SPACE = java.util.regex.Pattern.compile(
            "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");

    private static final String TEXT = "Sciatica is pain along the sciatic nerve. The sciatic nerve\u00a0root can be"
            + " pressed by a disc (L4-L5) or by a narrowed canal; pain, tingling and numbness follow the nerve"
            + " into the leg.\u2003Most sciatica eases within weeks: walking helps, and so does rest.";

    /**
     * What search.js does with one entry: lower-case it, split the query at JavaScript's white space, and look
     * for each part of two characters or more in it.
     */
    private static boolean matches(String haystack, String query) {
        String text = haystack.toLowerCase(Locale.ROOT);
        for (String part : JAVASCRIPT_WHITE_SPACE.split(query.toLowerCase(Locale.ROOT))) {
            if (part.length() > 1 && !text.contains(part)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void keepsEachWordOnceInTheOrderItFirstAppears() {
        String words = SearchIndex.distinctWords(TEXT);

        assertTrue(words.startsWith("Sciatica is pain along the sciatic nerve. The nerve root can"), words);
        assertEquals(
                words.split(" ").length,
                List.of(words.split(" ")).stream().distinct().count());
        assertTrue(words.length() < TEXT.length());
    }

    @Test
    void findsWhatTheWholeTextFindsForEveryQueryMadeOfItsPieces() {
        String words = SearchIndex.distinctWords(TEXT);
        List<String> queries =
                new ArrayList<>(List.of("sciatic nerve", "nerve root", "L4-L5", "disc l4", "xyz", "eg."));
        for (String word : TEXT.split("\\s+")) {
            for (int from = 0; from < word.length(); from++) {
                queries.add(word.substring(from));
                queries.add(word.substring(0, word.length() - from));
            }
        }
        // words run together across the gaps the index closes up: found in neither
        queries.add("nerve.the");
        queries.add("leg.most");
        int found = 0;
        for (String query : queries) {
            boolean inText = matches(TEXT, query);
            assertEquals(inText, matches(words, query), "query: " + query);
            found += inText ? 1 : 0;
        }
        assertTrue(found > 100, "most queries find the article: " + found);
    }
}
