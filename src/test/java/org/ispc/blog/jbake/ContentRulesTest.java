package org.ispc.blog.jbake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.content.ReservedAddresses;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.facts.ClinicFactsLoader;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.rules.Rule;
import org.ispc.blog.testing.ExampleDocuments;
import org.ispc.blog.testing.RuleExamples;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's examples of the content/ and asciidoc/ rules: the example's files are written into content/ of
 * a fixture project (a text without a header is the body of a complete article, a file of content/partials/ is
 * written as it is) and each document is read as the bake reads it, by the article engine on a warm Asciidoctor,
 * without baking. content/reserved-address looks at the files' names as the build does before it bakes.
 */
class ContentRulesTest {

    @TempDir
    static Path dir;

    private static TestSite site;
    private static SiteSettings settings;
    private static ClinicFactsLoader.Loaded facts;

    @BeforeAll
    static void site() throws IOException {
        site = TestSite.create(dir, "basic");
        settings = SiteSettings.read(site.root(), false, TestSite.CLOCK);
        facts = ClinicFactsLoader.load(site.root(), Phones.standard());
    }

    @TestFactory
    Stream<DynamicTest> everyContentAndAsciidocRuleOnItsExamples() {
        return RuleExamples.of(ContentRulesTest::findings, "content", "asciidoc");
    }

    private static List<Finding> findings(Rule rule, Rule.Example example) {
        Path root = site.root();
        FileTree.deleteTree(root.resolve(SiteSettings.CONTENT));
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < example.texts().size(); i++) {
            String path = ExampleDocuments.path(example, i);
            site.write(path, ExampleDocuments.source(path, example.texts().get(i)));
            if (!path.startsWith(SiteSettings.PARTIALS + "/")) {
                documents.add(path);
            }
        }
        if (rule.id().toString().equals(ReservedAddresses.RULE)) {
            return ReservedAddresses.check(root, SiteBaker.documentExtensions(), Map.of());
        }
        return ArticleReading.read(root, settings, facts, new Catalog(), documents)
                .sorted();
    }
}
