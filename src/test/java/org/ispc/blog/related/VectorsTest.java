package org.ispc.blog.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VectorsTest {

    /** Two copies (0 and 1) and three articles that share no word and no tag with anything. */
    private static final List<Candidate> ARTICLES = List.of(
            article("Lumbar disc herniation", "sciatica, discs", "A bulging disc presses on the sciatic nerve root."),
            article("Lumbar disc herniation", "sciatica, discs", "A bulging disc presses on the sciatic nerve root."),
            article("Parking garage", "visiting", "Validate your ticket at reception."),
            article("Newsletter", "news", "Subscribe by email."),
            article("Holiday hours", "calendar", "Closed on bank holidays."));

    @ParameterizedTest(name = "tag weight {0}, text weight {1}, {2} words: {3}")
    @CsvSource({
        "1, 1, 40, 2.0",
        "2, 3, 40, 5.0",
        "0, 1, 40, 1.0",
        "1, 0, 40, 1.0",
    })
    void scoresCopiesWithTheSumOfTheWeights(double tagWeight, double textWeight, int words, double expected) {
        assertEquals(
                expected, scoreOfTheCopies(new RelatedConfig(3, tagWeight, textWeight, 0.5, 0.5, words, 3, 2)), 1e-12);
    }

    @ParameterizedTest(name = "{0} words")
    @CsvSource({"1", "3", "5"})
    void prunedWordsOnlyLowerTheTextPart(int words) {
        double score = scoreOfTheCopies(new RelatedConfig(3, 1, 1, 0.5, 0.5, words, 3, 2));

        assertTrue(score > 1 && score < 2, () -> "score " + score);
    }

    @ParameterizedTest(name = "article {0}")
    @CsvSource({"2", "3", "4"})
    void touchesNothingWithoutASharedFeature(int article) {
        Vectors vectors = Vectors.of(ARTICLES, RelatedConfig.defaults());
        int n = ARTICLES.size();

        assertEquals(0, vectors.accumulate(article, new double[n], new int[n], new int[n]));
    }

    private static double scoreOfTheCopies(RelatedConfig config) {
        Vectors vectors = Vectors.of(ARTICLES, config);
        int n = ARTICLES.size();
        double[] scores = new double[n];
        int[] touched = new int[n];

        assertEquals(1, vectors.accumulate(0, scores, touched, new int[n]));
        assertEquals(1, touched[0]);
        return scores[1];
    }

    private static Candidate article(String title, String tags, String body) {
        return new Candidate(
                title + body.length(), title, "", body, Set.of(tags.split(", ")), LocalDate.of(2024, 1, 1), List.of());
    }
}
