package org.ispc.blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sciatica in Runners                               | sciatica-in-runners
            Sciatica: What It Is and When to See a Specialist | sciatica-what-it-is-and-when-to-see-a-specialist
            Runner's Knee & Hip Pain                          | runners-knee-and-hip-pain
            Runner’s Knee                                     | runners-knee
            Épaule gelée: la capsulite                        | epaule-gelee-la-capsulite
            '  --Neck   Pain--  '                             | neck-pain
            COVID-19 and Back Pain (2026)                     | covid-19-and-back-pain-2026
            腰痛                                               | ''
            """)
    void fileNameFromTitle(String title, String slug) {
        assertEquals(slug, Slug.of(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What Every Office Worker Should Know About Lower Back Pain, Posture and Standing Desks | what-every-office-worker-should-know-about-lower-back-pain
            Pneumonoultramicroscopicsilicovolcanoconiosisandmoreandmoreandmoreletters | pneumonoultramicroscopicsilicovolcanoconiosisandmoreandmorea
            """)
    void longTitlesAreCutAtAWholeWord(String title, String slug) {
        assertEquals(slug, Slug.of(title));
        assertTrue(slug.length() <= Slug.MAX_LENGTH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lower back pain   | lower-back-pain
            ciática           | ciatica
            Ünïcödé           | unicode
            MRI               | mri
            Knee & Hip        | knee-and-hip
            """)
    void topicsKeepTheirLettersWithoutAccents(String topic, String slug) {
        assertEquals(slug, Slug.words(topic));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sciatica-in-runners                                              | true
            lower-back-pain-and-numbness-in-my-feet-what-is-the-connection | true
            covid-19                                                         | true
            My Article                                                       | false
            my_article                                                       | false
            my--article                                                      | false
            -article                                                         | false
            Sciatica                                                         | false
            ciática                                                          | false
            """)
    void fileNamesThatCanBeAddressesAsTheyAre(String name, boolean slug) {
        assertEquals(slug, Slug.isSlug(name));
    }
}
