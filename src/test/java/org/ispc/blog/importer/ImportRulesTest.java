package org.ispc.blog.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.rules.Rule;
import org.ispc.blog.testing.RuleExamples;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's examples of the importer's rules: each a page of the old site as a browser saves it (at
 * old/page.html, or at the example's path, beside any other file it names), brought over by the importer into a
 * fixture project.
 */
class ImportRulesTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyImportRuleOnItsExamples() {
        return RuleExamples.of(this::findings, "import");
    }

    private List<Finding> findings(Rule rule, Rule.Example example) throws Exception {
        TestSite site = TestSite.create(Files.createTempDirectory(dir, "import"), "basic");
        String page = "old/page.html";
        for (int i = 0; i < example.texts().size(); i++) {
            String path = example.paths().isEmpty() ? page : example.paths().get(i);
            site.write(path, example.texts().get(i));
            if (path.startsWith("old/") && path.endsWith(".html")) {
                page = path;
            }
        }
        return new OldPageImport(site.root(), TestSite.CLOCK, Phones.standard())
                .run(Path.of(page))
                .warnings();
    }
}
