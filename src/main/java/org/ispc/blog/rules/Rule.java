package org.ispc.blog.rules;

import java.util.Arrays;
import java.util.List;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.diag.Severity;

/**
 * What a rule is, for writers and for its tests: its id, how serious its findings are, what it means, how to fix
 * it, and examples that must and must not trigger it. A rule whose check cannot run on a small input (it needs a
 * whole bake, a process or a file system) names instead the test that covers it on a baked fixture site.
 *
 * @param summary what the rule catches, in a writer's words
 * @param fix what to write instead
 * @param triggers inputs each of which must give a finding of this rule (what an input is depends on the rule's
 *     family: an article for the lint, a piece of HTML for the page policy, ...; see {@code registry/Rules})
 * @param passes look-alikes that must not
 * @param bakeTest for a rule without examples, the simple name of the test class that covers it on a bake; empty
 *     for a rule with examples
 */
public record Rule(
        RuleId id,
        Severity level,
        String summary,
        String fix,
        List<Example> triggers,
        List<Example> passes,
        String bakeTest) {

    public Rule {
        triggers = List.copyOf(triggers);
        passes = List.copyOf(passes);
    }

    /** A rule as writers read it, with neither examples nor a test yet: {@code RulesTest} refuses it as it is. */
    public static Rule of(String id, Severity level, String summary, String fix) {
        return new Rule(RuleId.of(id), level, summary, fix, List.of(), List.of(), "");
    }

    /** This rule with inputs that must trigger it and look-alikes that must not. */
    public Rule examples(List<Example> triggers, List<Example> passes) {
        return new Rule(id, level, summary, fix, triggers, passes, bakeTest);
    }

    /**
     * This rule, whose check needs a bake or a process, covered by the test class of that simple name (which
     * must exist, and name the rule).
     */
    public Rule coveredBy(String testClass) {
        return new Rule(id, level, summary, fix, triggers, passes, testClass);
    }

    /**
     * One example: the inputs of one run of the rule's check, each a text, with the path it stands at where the
     * rule's check cares (two files at one address, say); without paths, the runner names them.
     */
    public record Example(List<String> texts, List<String> paths) {

        /** The header of a complete, published article: an example's text without a header of its own gets it. */
        public static final String HEADER =
                "= Knee Pain\nISPPC Patient Education Team\n:jbake-type: post\n:jbake-status: published\n"
                        + ":jbake-date: 2026-01-10\n:jbake-tags: knee pain\n:jbake-summary: Knees.\n";

        public Example {
            texts = List.copyOf(texts);
            paths = List.copyOf(paths);
            if (!paths.isEmpty() && paths.size() != texts.size()) {
                throw new IllegalArgumentException("one path per text, or none");
            }
        }

        /** One input. */
        public static Example of(String text) {
            return new Example(List.of(text), List.of());
        }

        /** Several examples of one input each. */
        public static List<Example> all(String... texts) {
            return Arrays.stream(texts).map(Example::of).toList();
        }

        /** One example of several inputs, checked together (two articles of one site, say). */
        public static Example together(String... texts) {
            return new Example(List.of(texts), List.of());
        }

        /** One example of several files: a path, then its text, then the next path, ... */
        public static Example files(String... pathThenText) {
            if (pathThenText.length % 2 != 0) {
                throw new IllegalArgumentException("a text for every path");
            }
            String[] paths = new String[pathThenText.length / 2];
            String[] texts = new String[paths.length];
            for (int i = 0; i < paths.length; i++) {
                paths[i] = pathThenText[2 * i];
                texts[i] = pathThenText[2 * i + 1];
            }
            return new Example(List.of(texts), List.of(paths));
        }

        /** The first (usually the only) input. */
        public String text() {
            return texts.get(0);
        }
    }
}
