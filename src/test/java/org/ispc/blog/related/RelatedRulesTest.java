package org.ispc.blog.related;

import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.rules.Rule;
import org.ispc.blog.testing.ExampleDocuments;
import org.ispc.blog.testing.ExampleSite;
import org.ispc.blog.testing.RuleExamples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The registry's examples of the related/ rules: each a set of articles, whose related lists are chosen. */
class RelatedRulesTest {

    @TestFactory
    Stream<DynamicTest> everyRelatedRuleOnItsExamples() {
        return RuleExamples.of(RelatedRulesTest::findings, "related");
    }

    private static List<Finding> findings(Rule rule, Rule.Example example) {
        Catalog catalog = new Catalog();
        ExampleDocuments.of(example, ExampleSite.today()).forEach(catalog::add);
        Findings findings = new Findings();
        RelatedArticles.choose(catalog, false, 3, findings);
        return findings.sorted();
    }
}
