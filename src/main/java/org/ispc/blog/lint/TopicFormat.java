package org.ispc.blog.lint;

import static org.ispc.blog.rules.Rule.Example.all;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Severity;
import org.ispc.blog.rules.Rule;

/**
 * Topics separated by semicolons become one topic ("back pain; posture" gets a page of its own), and a topic
 * written as a hashtag keeps its '#' on the page: both are what other tools taught writers.
 */
final class TopicFormat extends LintRule {

    static final Wording SEMICOLONS = new Wording(
            "semicolons",
            "topics are separated by commas, and this makes '{tag}' one topic; write ':jbake-tags: {meant}'");

    static final Wording HASHTAG = new Wording(
            "hashtag",
            "a topic is written as words, without '#': write '{words}' (several words are fine, such as 'back pain')");

    static final Rule RULE = lint(
            "topic-format",
            Severity.ERROR,
            "The topics in `:jbake-tags:` are separated by semicolons, or written as hashtags.",
            "Topics are separated by commas (`:jbake-tags: sciatica, nerve pain`): with semicolons, the whole line becomes one topic with a page of its own; a `#` would be shown on the page. The message gives the line to write.",
            all(
                    "= Knee Pain\nISPPC Patient Education Team\n:jbake-type: post\n:jbake-status: published\n"
                            + ":jbake-date: 2026-01-10\n:jbake-tags: knee pain; running\n:jbake-summary: Knees.\n\nText.\n",
                    "= Knee Pain\nISPPC Patient Education Team\n:jbake-type: post\n:jbake-status: published\n"
                            + ":jbake-date: 2026-01-10\n:jbake-tags: #kneepain\n:jbake-summary: Knees.\n\nText.\n"),
            all("Text under topics separated by commas.\n"));

    @Override
    Rule rule() {
        return RULE;
    }

    @Override
    List<Wording> wordings() {
        return List.of(SEMICOLONS, HASHTAG);
    }

    @Override
    void check(LintedDocument doc, List<Finding> findings) {
        if (!doc.manuscript().isPost()) {
            return;
        }
        List<String> tags = doc.manuscript().tags();
        for (String tag : tags) {
            String fix = null;
            if (tag.contains(";")) {
                List<String> meant = tags.stream()
                        .flatMap(t -> java.util.Arrays.stream(t.split(";")))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
                fix = SEMICOLONS.fill("tag", tag, "meant", String.join(", ", meant));
            } else if (tag.startsWith("#")) {
                fix = HASHTAG.fill("words", tag.substring(1).strip());
            }
            if (fix != null) {
                findings.add(finding(doc.headerLine(":jbake-tags:"), fix));
                return;
            }
        }
    }
}
