package org.ispc.blog.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ispc.blog.rules.Rule;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    /** A string literal in the form of a rule id: a family, a slash, a name. */
    private static final Pattern ID_LITERAL = Pattern.compile("\"([a-z]+/[a-z0-9][a-z0-9-]*)\"");

    @Test
    void theRegistryListsEveryRuleOnceWithWhatItMeans() {
        List<Rule> all = Rules.all();
        Set<String> ids = all.stream().map(rule -> rule.id().toString()).collect(Collectors.toSet());
        assertEquals(all.size(), ids.size(), "a rule listed twice");
        assertTrue(ids.size() > 80, "the build has some ninety rules: " + ids.size());
        assertEquals(
                List.of(),
                all.stream()
                        .filter(rule -> rule.summary().isBlank())
                        .map(Rule::id)
                        .toList(),
                "rules without a summary");
    }

    /**
     * The code may name a rule by a literal (the checks that read baked pages still do): each one must be in the
     * registry, whatever its family (a new family too), so that no rule escapes the guide's coverage test. Literals
     * that are paths of the project (content/partials, target/www) or media types (image/png) are not rules.
     */
    @Test
    void everyRuleTheCodeReportsIsInTheRegistry() throws IOException {
        Set<String> registered =
                Rules.all().stream().map(rule -> rule.id().toString()).collect(Collectors.toSet());
        // media types look like rule ids too
        Set<String> notRules = Set.of("image", "application", "text", "font", "audio", "video", "multipart", "target");
        Set<String> unregistered = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ID_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String id = m.group(1);
                    String family = id.substring(0, id.indexOf('/'));
                    if (!notRules.contains(family) && !Files.exists(PROJECT.resolve(id)) && !registered.contains(id)) {
                        unregistered.add(id + " (" + PROJECT.relativize(file) + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), unregistered, "add these rules to registry/Rules (and the writer's guide)");
    }

    /**
     * The families whose examples are run, each by its own table-driven test (testing/RuleExamples), through the
     * family's real check.
     */
    private static final Map<String, String> EXAMPLE_RUNNERS = Map.of(
            "lint", "LintRulesTest",
            "links", "LinkRulesTest",
            "page", "LinkRulesTest",
            "facts", "FactsRulesTest",
            "related", "RelatedRulesTest",
            "content", "ContentRulesTest",
            "asciidoc", "ContentRulesTest",
            "import", "ImportRulesTest",
            "redirects", "RedirectRulesTest",
            "html", "HtmlRulesTest");

    /**
     * A rule lands with examples that must and must not trigger it, or, when its check needs a bake or a process,
     * with the name of the test that covers it: a rule with neither fails here.
     */
    @Test
    void everyRuleHasExamplesOrNamesTheBakeTestThatCoversIt() {
        List<String> lacking = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            boolean examples = !rule.triggers().isEmpty() && !rule.passes().isEmpty();
            boolean bake = !rule.bakeTest().isEmpty();
            if (examples == bake) {
                lacking.add(rule.id() + (bake ? ": both examples and a bake test" : ""));
            }
        }
        assertEquals(
                List.of(),
                lacking,
                "give these rules examples that must and must not trigger them (.examples(...)), or, when the check"
                        + " needs a bake, name the test that covers them (.coveredBy(\"SomeTest\"))");
    }

    /**
     * Rules whose named test runs the code around them but never provokes them: a gap in the tests, listed here so
     * that it stays in sight (an entry must go when its test names the rule).
     */
    private static final Map<String, String> NOT_PROVOKED_BY_THEIR_TEST =
            Map.of("html/validator", "the HTML checker failing to set itself up");

    /** A rule's id as the code names it: a constant such as {@code ProjectFiles.OUTSIDE} holding the id. */
    private static final Pattern ID_CONSTANT =
            Pattern.compile("static final String ([A-Z_]+) = \"([a-z]+/[a-z0-9][a-z0-9-]*)\";");

    /**
     * The bake test a rule names exists and names the rule (its id, or the constant that holds it): a name that
     * does not lead to a test of the rule covers nothing.
     */
    @Test
    void everyBakeTestNamedExistsAndNamesItsRule() throws IOException {
        Map<String, Path> tests = testClasses();
        Map<String, List<String>> constants = idConstants();
        List<String> wrong = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (rule.bakeTest().isEmpty()) {
                continue;
            }
            String id = rule.id().toString();
            Path test = tests.get(rule.bakeTest());
            if (test == null) {
                wrong.add(id + ": no test class " + rule.bakeTest());
                continue;
            }
            String source = Files.readString(test, StandardCharsets.UTF_8);
            boolean named = source.contains(id)
                    || constants.getOrDefault(id, List.of()).stream().anyMatch(source::contains);
            if (named == NOT_PROVOKED_BY_THEIR_TEST.containsKey(id)) {
                wrong.add(id + ": " + rule.bakeTest() + (named ? " names it now" : " does not name it"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** For each rule id held by a constant of the build's code, how the code names it: {@code Class.NAME}. */
    private static Map<String, List<String>> idConstants() throws IOException {
        Map<String, List<String>> constants = new TreeMap<>();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String owner = file.getFileName().toString().replace(".java", "");
                Matcher m = ID_CONSTANT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    constants
                            .computeIfAbsent(m.group(2), k -> new ArrayList<>())
                            .add(owner + "." + m.group(1));
                }
            }
        }
        return constants;
    }

    /** Every rule with examples belongs to a family whose examples a test runs. */
    @Test
    void everyRuleWithExamplesIsRunByItsFamilysTest() throws IOException {
        Map<String, Path> tests = testClasses();
        EXAMPLE_RUNNERS.values().forEach(runner -> assertTrue(tests.containsKey(runner), "no test class " + runner));
        assertEquals(
                List.of(),
                Rules.all().stream()
                        .filter(rule -> !rule.triggers().isEmpty())
                        .filter(rule -> !EXAMPLE_RUNNERS.containsKey(rule.id().family()))
                        .map(rule -> rule.id().toString())
                        .toList(),
                "rules with examples no test runs: add their family's test (testing/RuleExamples)");
    }

    /** The project's test classes by simple name. */
    private static Map<String, Path> testClasses() throws IOException {
        Map<String, Path> tests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("src/test/java"))) {
            files.filter(f -> f.getFileName().toString().endsWith("Test.java"))
                    .forEach(f -> tests.put(f.getFileName().toString().replace(".java", ""), f));
        }
        return tests;
    }
}
