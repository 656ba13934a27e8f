package org.ispc.blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which topics can have a page of their own, /tags/<address>.html. */
class TopicAddressTest {

    private static final String PATH = "content/blog/a.adoc";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "neck pain | neck-pain",
                "ciática | ciatica",
                "a/b | a-b",
                "../x | x",
                "MRI | mri",
                "physical therapy & rehab | physical-therapy-and-rehab"
            })
    void topicsWithWordsHaveAnAddress(String topic, String address) {
        assertEquals(Optional.of(address), TopicAddress.of(topic));
        assertEquals(
                List.of(), TopicAddress.problems(Position.at(PATH, 1, 1), ":jbake-tags: " + topic, List.of(topic)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "🙂", "/", "..", "---", "…", "index", "INDEX", "Index!"})
    void topicsWithoutAnAddressOfTheirOwnAreErrorsAtTheTopic(String topic) {
        String line = ":jbake-tags: posture, " + topic;

        List<Finding> found =
                TopicAddress.problems(Position.at(PATH, 2, 1), "= A\n" + line + "\n", List.of("posture", topic));

        assertEquals(1, found.size(), found.toString());
        assertEquals(PATH + ":2:23", found.get(0).at().toString());
        assertEquals(TopicAddress.RULE, found.get(0).rule().toString());
        assertTrue(found.get(0).message().contains(topic), found.get(0).message());
        assertEquals(Optional.empty(), TopicAddress.of(topic));
    }

    @org.junit.jupiter.api.Test
    void aPropertiesHeadersTopicsAreFoundOnTheirLine() {
        String source = "title=A\ntags=posture, !!!\nstatus=draft\n~~~~~~\n";

        List<Finding> found = TopicAddress.problems(Position.at(PATH, 2, 1), source, List.of("posture", "!!!"));

        assertEquals(PATH + ":2:15", found.get(0).at().toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {TopicAddress.MAX_LENGTH + 1, 300, 5000})
    void aTopicTooLongForAnAddressIsAnError(int length) {
        String topic = "b".repeat(length);

        List<Finding> found = TopicAddress.problems(Position.at(PATH, 1, 1), ":jbake-tags: " + topic, List.of(topic));

        assertEquals(1, found.size(), found.toString());
        assertTrue(
                found.get(0).message().contains("at most " + TopicAddress.MAX_LENGTH),
                found.get(0).message());
        assertTrue(found.get(0).message().length() < 400, "the topic is not printed whole");
        assertEquals(Optional.empty(), TopicAddress.of(topic));
        assertEquals(
                Optional.of("b".repeat(TopicAddress.MAX_LENGTH)), TopicAddress.of("b".repeat(TopicAddress.MAX_LENGTH)));
    }
}
