package org.ispc.blog.publish;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.testing.TestSite;
import org.ispc.blog.testing.fuzz.Edit;
import org.ispc.blog.testing.fuzz.FuzzBudget;
import org.ispc.blog.testing.fuzz.WriterFacing;
import org.ispc.blog.testing.fuzz.WriterInput;

/**
 * data/redirects.yml mutated thousands of ways: the hosting files are written or the list is refused at its line,
 * never with an exception, and whatever is written to _redirects is one rule per line (an address with a space or a
 * line break in it would add rules nobody wrote).
 */
@AddLifecycleHook(FuzzBudget.class)
class RedirectsFuzzTest {

    private static Path root;
    private static SiteSettings settings;

    @BeforeContainer
    static void site() throws IOException {
        root = Files.createTempDirectory("redirects-fuzz");
        TestSite.create(root, "basic", "redirects");
        settings = SiteSettings.read(root, false, TestSite.CLOCK);
    }

    @AfterContainer
    static void removeSite() {
        FileTree.deleteTree(root);
    }

    @Provide
    Arbitrary<String> redirectFiles() {
        return Arbitraries.of(WriterInput.redirectFiles());
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return WriterInput.yamlEdits(WriterInput.ADDRESSES);
    }

    @Property(tries = 300)
    void writesOneRulePerLineOrSaysWhere(@ForAll("redirectFiles") String seed, @ForAll("edits") List<Edit> edits)
            throws IOException {
        String text = Edit.applyAll(seed, edits);
        Files.writeString(root.resolve(HostingFiles.REDIRECTS_FILE), text);
        Path site = root.resolve("target/www");
        FileTree.deleteTree(site);
        Files.createDirectories(site.resolve("blog/sciatica-basics"));
        Files.writeString(site.resolve("blog/sciatica-basics/index.html"), "<!DOCTYPE html><title>x</title>");

        List<Finding> findings = HostingFiles.write(site, settings);

        WriterFacing.assertPlaced(
                findings,
                HostingFiles.REDIRECTS_FILE::equals,
                Map.of(HostingFiles.REDIRECTS_FILE, WriterFacing.lineCount(text)));
        for (String rule : Files.readAllLines(site.resolve("_redirects"))) {
            assertTrue(
                    rule.startsWith("#") || rule.matches("/\\S* /\\S* 301"),
                    () -> "_redirects holds a rule nobody wrote: '" + rule + "'");
        }
        try (var files = Files.walk(site)) {
            assertTrue(files.allMatch(f -> f.normalize().startsWith(site)), "every file inside the site");
        }
    }
}
