package org.ispc.blog.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "discs, disc",
        "nerves, nerve",
        "injuries, injury",
        "muscles, muscle",
        "knees, knee",
        "toes, toe",
        "spasms, spasm",
        "stenosis, stenosis",
        "arthritis, arthritis",
        "stress, stress",
        "sinus, sinus",
        "abs, abs",
        "spine, spine",
    })
    void removesPluralEndingsOnly(String word, String stem) {
        assertEquals(stem, Terms.stem(word));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the", "and", "your", "don", "x", "2024", "12"})
    void leavesOutStopWordsSingleCharactersAndNumbers(String word) {
        assertNull(Terms.term(word));
    }

    @Test
    void countsLowerCasedWordsWithTheirFieldsBoosts() {
        Candidate article = new Candidate(
                "a",
                "Disc pain",
                "Your disc, at L5-S1.",
                "Discs and the DISC's 3 layers",
                Set.of(),
                LocalDate.of(2024, 1, 1),
                List.of());

        Map<String, Double> counts = new TreeMap<>();
        Terms.frequencies(article, RelatedConfig.defaults()).forEach((term, count) -> counts.put(term, count[0]));

        assertEquals(Map.of("disc", 3.0 + 2.0 + 1.0 + 1.0, "pain", 3.0, "l5", 2.0, "s1", 2.0, "layer", 1.0), counts);
    }

    @Test
    void comparesTagsWithoutCaseAndBlanks() {
        Candidate article = new Candidate(
                "a",
                "",
                "",
                "",
                Set.of(" Back Pain ", "back pain", "", "Sciatica"),
                LocalDate.of(2024, 1, 1),
                List.of());

        assertEquals(List.of("back pain", "sciatica"), List.copyOf(Terms.tags(article)));
    }
}
