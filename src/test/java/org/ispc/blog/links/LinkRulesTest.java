package org.ispc.blog.links;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.rules.Rule;
import org.ispc.blog.testing.ExampleSite;
import org.ispc.blog.testing.RuleExamples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's examples of the link and page-policy rules, through the real checks without a bake: an
 * example of {@code xref:} links is a set of articles, read by the article-link check; an example of a page's
 * links or of the page policy is a piece of HTML, staged as a page and read by the link check (which applies the
 * policy in the same walk).
 */
class LinkRulesTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyLinkAndPageRuleOnItsExamples() {
        return RuleExamples.of(this::findings, "links", "page");
    }

    private List<Finding> findings(Rule rule, Rule.Example example) throws Exception {
        if (rule.id().family().equals("links") && !rule.id().name().equals("broken")) {
            return new XrefCheck().run(ExampleSite.ofDocuments(dir, example));
        }
        return new LinkCheck().run(ExampleSite.ofPages(dir, example));
    }
}
