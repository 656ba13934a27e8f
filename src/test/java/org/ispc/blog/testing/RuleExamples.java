package org.ispc.blog.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.registry.Rules;
import org.ispc.blog.rules.Rule;
import org.junit.jupiter.api.DynamicTest;

/**
 * The table-driven test of a family of rules: every example of every rule of the family goes through the rule's
 * real check, and must give a finding of that rule; every look-alike must give none. Each family's test says how
 * its check reads an example ({@link Runner}); {@code RulesTest} fails when a rule has neither examples nor a bake
 * test that covers it.
 */
public final class RuleExamples {

    private RuleExamples() {}

    /** Runs the check of a rule on one example: everything the check reports about it. */
    @FunctionalInterface
    public interface Runner {
        List<Finding> run(Rule rule, Rule.Example example) throws Exception;
    }

    /** The registry's rules of {@code family} that have examples. */
    public static List<Rule> withExamples(String family) {
        return Rules.all().stream()
                .filter(rule -> rule.id().family().equals(family))
                .filter(rule -> !rule.triggers().isEmpty())
                .toList();
    }

    /** One test per example of every rule of these families that has examples. */
    public static Stream<DynamicTest> of(Runner runner, String... families) {
        List<Rule> rules = Stream.of(families)
                .flatMap(family -> withExamples(family).stream())
                .toList();
        assertFalse(rules.isEmpty(), "no rule of " + List.of(families) + " has examples");
        return rules.stream()
                .flatMap(rule -> Stream.concat(
                        rule.triggers().stream()
                                .map(example ->
                                        DynamicTest.dynamicTest(rule.id() + " fires on " + brief(example), () -> {
                                            List<Finding> found = runner.run(rule, example);
                                            assertTrue(
                                                    found.stream().anyMatch(f -> isOf(f, rule)),
                                                    () -> rule.id() + " should fire on " + example + ", found "
                                                            + found);
                                            assertTrue(
                                                    found.stream()
                                                            .filter(f -> isOf(f, rule))
                                                            .allMatch(f -> f.severity() == rule.level()),
                                                    () -> rule.id() + " is " + rule.level() + " in the registry, found "
                                                            + found);
                                        })),
                        rule.passes().stream()
                                .map(example -> DynamicTest.dynamicTest(rule.id() + " passes " + brief(example), () -> {
                                    List<Finding> found = runner.run(rule, example);
                                    assertEquals(
                                            List.of(),
                                            found.stream()
                                                    .filter(f -> isOf(f, rule))
                                                    .toList(),
                                            () -> rule.id() + " on " + example);
                                }))));
    }

    private static boolean isOf(Finding finding, Rule rule) {
        return finding.rule().equals(rule.id());
    }

    /** The start of an example's first text, on one line, for the test's name. */
    private static String brief(Rule.Example example) {
        String text = example.text().replace('\n', ' ').strip();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
