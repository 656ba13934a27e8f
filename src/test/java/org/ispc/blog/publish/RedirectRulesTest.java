package org.ispc.blog.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.rules.Rule;
import org.ispc.blog.testing.ExampleDocuments;
import org.ispc.blog.testing.ExampleSite;
import org.ispc.blog.testing.RuleExamples;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's examples of the redirects/ rules: a data/redirects.yml (the example's text, or its file of that
 * path beside articles of content/), written out for a staged site whose one page is /blog/sciatica-basics/, as
 * the build writes _redirects after the bake.
 */
class RedirectRulesTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyRedirectsRuleOnItsExamples() {
        return RuleExamples.of(this::findings, "redirects");
    }

    private List<Finding> findings(Rule rule, Rule.Example example) throws Exception {
        Path root = Files.createTempDirectory(dir, "redirects");
        Files.writeString(root.resolve(SiteSettings.PROPERTIES), "site.host=" + ExampleSite.HOST + "\n");
        Files.createDirectories(root.resolve("data"));
        Catalog catalog = new Catalog();
        for (int i = 0; i < example.texts().size(); i++) {
            String path = example.paths().isEmpty()
                    ? HostingFiles.REDIRECTS_FILE
                    : example.paths().get(i);
            String text = example.texts().get(i);
            if (path.startsWith(SiteSettings.CONTENT + "/")) {
                catalog.add(ExampleDocuments.manuscript(path, text, ExampleSite.today()));
            } else {
                Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
            }
        }
        Path site = root.resolve("target/www");
        Files.createDirectories(site.resolve("blog/sciatica-basics"));
        Files.writeString(site.resolve("blog/sciatica-basics/index.html"), "<!DOCTYPE html><title>x</title>");
        return HostingFiles.write(site, SiteSettings.read(root, false, TestSite.CLOCK), catalog);
    }
}
