package org.ispc.blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicLabelsTest {

    private static Manuscript taggedWith(String... tags) {
        return new Manuscript(
                "content/blog/a.adoc",
                "/blog/a/",
                "post",
                Publication.PUBLISHED,
                "A",
                Optional.of(LocalDate.parse("2026-01-01")),
                "Fixture Team",
                List.of(tags),
                "A summary.",
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "",
                Set.of(),
                "= A\n",
                org.ispc.blog.content.Markup.ASCIIDOC,
                0);
    }

    @Test
    void aTopicIsShownAsMostArticlesWriteIt() {
        Map<String, String> labels = TopicLabels.of(List.of(
                taggedWith("mri", "Nerve pain"), taggedWith("MRI", "nerve pain"), taggedWith("MRI", "nerve pain ")));

        assertEquals(Map.of("mri", "MRI", "nerve-pain", "nerve pain"), labels);
    }

    @Test
    void onATieCapitalsWinAndAccentsJoinTheSameTopic() {
        Map<String, String> labels = TopicLabels.of(
                List.of(taggedWith("prp injections", "ciatica"), taggedWith("PRP injections", "ciática")));

        assertEquals(Map.of("prp-injections", "PRP injections", "ciatica", "ciatica"), labels);
    }

    @Test
    void aTopicWithNothingAnAddressCanHoldHasNoLabel() {
        assertEquals(Map.of(), TopicLabels.of(List.of(taggedWith("—", " "))));
    }
}
