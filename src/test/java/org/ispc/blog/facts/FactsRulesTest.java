package org.ispc.blog.facts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.Scope;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.registry.GuideEntries;
import org.ispc.blog.rules.Rule;
import org.ispc.blog.testing.ExampleSite;
import org.ispc.blog.testing.RuleExamples;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's examples of the clinic-facts rules, through the real checks without a bake. What an example is
 * depends on what the rule judges (see registry/Rules): a clinic.yml for the rules about that file (read by the
 * loader, and for stale-verification judged as of {@link Fixture#VERIFIED}), the build's options for
 * facts/options (given to the facts check as -D options are), and otherwise an article, checked against the
 * fixture clinic of src/test/resources/facts/clinic.yml.
 */
class FactsRulesTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyFactsRuleOnItsExamples() {
        return RuleExamples.of(this::findings, "facts");
    }

    private List<Finding> findings(Rule rule, Rule.Example example) throws Exception {
        String id = rule.id().toString();
        if (id.equals("facts/options")) {
            return withOptions(example.text());
        }
        if (GuideEntries.FACTS_FILE.test(rule.id())) {
            ClinicFactsLoader.Loaded loaded = ClinicFactsLoader.parse(example.text(), Fixture.PHONES);
            if (!id.equals("facts/stale-verification")) {
                return loaded.findings();
            }
            return new FactsCheck(
                            loaded.facts().orElseThrow(),
                            Fixture.PHONES,
                            new FactsPolicy(FactsPolicy.DEFAULT_MAX_AGE_DAYS, false, Fixture.VERIFIED))
                    .checkFreshness(loaded.verifiedAt());
        }
        return Fixture.check().checkSource("content/blog/example.adoc", example.text(), FactsCheck.SourceKind.ARTICLE);
    }

    /** What the facts check of a build says with these -D options ({@code key=value} lines). */
    private List<Finding> withOptions(String options) throws Exception {
        Properties given = new Properties();
        given.load(new java.io.StringReader(options));
        Map<String, String> before = new java.util.HashMap<>();
        for (String key : given.stringPropertyNames()) {
            before.put(key, System.getProperty(key));
            System.setProperty(key, given.getProperty(key));
        }
        try {
            BuiltSite empty = ExampleSite.ofPages(dir, Rule.Example.of(""));
            Files.createDirectories(empty.root().resolve("data"));
            Files.writeString(empty.root().resolve("data/clinic.yml"), Fixture.resource("clinic.yml"));
            BuiltSite site = new BuiltSite(
                    empty.settings(), empty.catalog(), Fixture.clinic(), empty.factsVerifiedAt(), empty.output());
            return new ClinicFactsGate(Fixture.PHONES, TestSite.CLOCK).runOn(site, Scope.everything(), List.of());
        } finally {
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }
}
