package org.ispc.blog.rules;

import java.util.List;
import org.ispc.blog.diag.Severity;

/**
 * What a rule is, for writers and for its tests: its id, how serious its findings are, what it means, how to fix
 * it, and examples that must and must not trigger it.
 *
 * @param summary what the rule catches, in a writer's words
 * @param fix what to write instead
 * @param triggers articles (or, for rules over the whole site, sets of articles) each of which must give a
 *     finding of this rule
 * @param passes look-alikes that must not
 */
public record Rule(
        RuleId id, Severity level, String summary, String fix, List<Example> triggers, List<Example> passes) {

    public Rule {
        triggers = List.copyOf(triggers);
        passes = List.copyOf(passes);
    }

    /** A rule whose examples need a baked site: its tests bake fixture sites instead. */
    public static Rule baked(String id, Severity level, String summary, String fix) {
        return new Rule(RuleId.of(id), level, summary, fix, List.of(), List.of());
    }

    /**
     * One example: the articles of a small site's {@code content/blog}. A text that starts with "= " or has a
     * {@code :jbake-type:} line is a whole article; any other text is the body of an otherwise complete, published
     * article.
     */
    public record Example(List<String> articles) {
        public Example {
            articles = List.copyOf(articles);
        }

        public static Example of(String article) {
            return new Example(List.of(article));
        }

        public static List<Example> all(String... articles) {
            return java.util.Arrays.stream(articles).map(Example::of).toList();
        }
    }
}
