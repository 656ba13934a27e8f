package org.ispc.blog.facts;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.registry.GuideEntries;
import org.ispc.blog.rules.Rule;
import org.ispc.blog.testing.RuleExamples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's examples of the clinic-facts rules, through the real checks without a bake. What an example is
 * depends on what the rule judges (see registry/Rules): a clinic.yml for the rules about that file (read by the
 * loader, and for stale-verification judged as of {@link Fixture#VERIFIED}), and otherwise an article, checked
 * against the fixture clinic of src/test/resources/facts/clinic.yml.
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
        if (GuideEntries.FACTS_FILE.test(rule.id())) {
            ClinicFactsLoader.Loaded loaded = ClinicFactsLoader.parse(example.text(), Fixture.PHONES);
            if (!id.equals("facts/stale-verification")) {
                return loaded.findings();
            }
            return new FactsCheck(
                            loaded.facts().orElseThrow(),
                            Fixture.PHONES,
                            new FactsPolicy(FactsOptions.DEFAULT_MAX_AGE_DAYS, false, Fixture.VERIFIED))
                    .checkFreshness(loaded.verifiedAt());
        }
        return Fixture.check().checkSource("content/blog/example.adoc", example.text(), FactsCheck.SourceKind.ARTICLE);
    }
}
