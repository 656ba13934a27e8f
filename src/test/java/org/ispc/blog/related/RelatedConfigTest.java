package org.ispc.blog.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

class RelatedConfigTest {

    @ParameterizedTest(name = "{8}")
    @CsvSource(delimiterString = "|", textBlock = """
            # count | tag | text | tagShare | termShare | terms | title | summary | message
            0       | 1   | 1    | 0.5      | 0.5       | 40    | 3     | 2        | count must be 1 or more, not 0
            3       | -1  | 1    | 0.5      | 0.5       | 40    | 3     | 2        | tagWeight must be a finite number, 0 or more, not -1.0
            3       | 1   | NaN  | 0.5      | 0.5       | 40    | 3     | 2        | textWeight must be a finite number, 0 or more, not NaN
            3       | 0   | 0    | 0.5      | 0.5       | 40    | 3     | 2        | tagWeight and textWeight cannot both be 0
            3       | 1   | 1    | 0        | 0.5       | 40    | 3     | 2        | maxTagShare must be more than 0 and at most 1, not 0.0
            3       | 1   | 1    | 0.5      | 1.5       | 40    | 3     | 2        | maxTermShare must be more than 0 and at most 1, not 1.5
            3       | 1   | 1    | 0.5      | 0.5       | 0     | 3     | 2        | termsPerArticle must be 1 or more, not 0
            3       | 1   | 1    | 0.5      | 0.5       | 40    | 0.5   | 2        | titleBoost must be a finite number, 1 or more, not 0.5
            3       | 1   | 1    | 0.5      | 0.5       | 40    | 3     | Infinity | summaryBoost must be a finite number, 1 or more, not Infinity
            """)
    void refusesValuesOutsideTheirRangeAndSaysWhich(ArgumentsAccessor row) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new RelatedConfig(
                        row.getInteger(0),
                        row.getDouble(1),
                        row.getDouble(2),
                        row.getDouble(3),
                        row.getDouble(4),
                        row.getInteger(5),
                        row.getDouble(6),
                        row.getDouble(7)));
        assertEquals(row.getString(8), e.getMessage());
    }

    @Test
    void defaultsToThreeArticlesWithTagsAndTextWeighingTheSame() {
        assertEquals(new RelatedConfig(3, 1.0, 1.0, 0.5, 0.5, 40, 3.0, 2.0), RelatedConfig.defaults());
        assertEquals(
                RelatedConfig.defaults(), RelatedConfig.defaults().withCount(5).withCount(3));
        assertEquals(
                new RelatedConfig(3, 0.0, 2.0, 0.5, 0.5, 40, 3.0, 2.0),
                RelatedConfig.defaults().withWeights(0, 2));
    }
}
