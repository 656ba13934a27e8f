package org.ispc.blog.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.testing.TestSite;
import org.ispc.blog.testing.fuzz.Edit;
import org.ispc.blog.testing.fuzz.FuzzBudget;
import org.ispc.blog.testing.fuzz.WriterFacing;
import org.ispc.blog.testing.fuzz.WriterInput;

/**
 * Whole builds of a fixture site, one writer's file mutated per try (an article, a page, a partial it includes,
 * data/clinic.yml or data/redirects.yml), all in one JVM with one warm Asciidoctor: the build prints findings at a
 * file and line and never a stack trace, and a build that fails leaves target/www byte for byte as the last good
 * build left it. Baking is slow, so the budget is small; the cheaper layers are fuzzed on their own thousands of
 * times (ClinicFactsFuzzTest, RedirectsFuzzTest, ArticleFuzzTest).
 */
@AddLifecycleHook(FuzzBudget.class)
class SiteBuildFuzzTest {

    /** The writer's files a try may change, with the kind of edits each gets. */
    private static final List<String> ASCIIDOC_FILES = List.of(
            "content/blog/posture-at-work.adoc",
            "content/blog/sciatica-basics.adoc",
            "content/about.adoc",
            "content/partials/shared.adoc");

    private static final List<String> YAML_FILES = List.of("data/clinic.yml", "data/redirects.yml");

    private static TestSite site;
    private static Map<String, String> lastGood;

    /** One change to one file. */
    record Change(String file, List<Edit> edits) {}

    @BeforeContainer
    static void bakeTheFixture() throws IOException {
        site = TestSite.create(Files.createTempDirectory("site-build-fuzz"), "basic", "redirects");
        site.write(
                "content/partials/shared.adoc",
                "// tag::a[]\nShared text, {clinic-name}.\n// end::a[]\n\nMore text.\n");
        site.append("content/blog/posture-at-work.adoc", "\ninclude::../partials/shared.adoc[]\n");
        // the fixture's second redirect leads nowhere on purpose (for SiteBuildTest); this one keeps the valid one
        site.write("data/redirects.yml", "- from: /blog/old-sciatica-address\n  to: /blog/sciatica-basics/\n");
        SiteBuild.Outcome first = site.build();
        assertEquals(
                List.of(), first.findings().stream().filter(f -> f.isError()).toList());
        lastGood = WriterFacing.digest(site.www());
    }

    @AfterContainer
    static void removeSite() {
        try {
            FileTree.deleteTree(site.root());
        } catch (java.io.UncheckedIOException e) {
            // a build that ended in an exception may still be writing its staging folder: left to the system
        }
    }

    /**
     * Found by the property: JBake reads every file of data/ itself, and a data/redirects.yml that was not YAML
     * stopped the bake with JBake's exception ('Failed crawling file: ... mapping values are not allowed here').
     */
    @Example
    void aDataFileThatIsNotYamlIsAFindingAtItsLine() {
        assertFailsWith(
                "data/redirects.yml",
                "- from /blog/old-sciatica-address\n  to: /blog/sciatica-basics/\n",
                "data/redirects.yml:2:5: error: a value holds ': '; put the whole value in quotes, such as name:"
                        + " \"Spine: Back & Neck\" (the YAML reader says: mapping values are not allowed here)"
                        + " [redirects/yaml]");
        assertFailsWith(
                "data/extra.yml",
                "a: [b\n",
                "data/extra.yml:2:1: error: this is not valid YAML; check the indentation and that values with ':' or"
                        + " '#' are in quotes (the YAML reader says: expected ',' or ']', but got <stream end>)"
                        + " [build/data-file]");
    }

    /** The same, for a value of the wrong type, which only JBake's reading of the file constructs. */
    @Example
    void aDataValueOfTheWrongTypeIsAFindingAtItsLine() {
        assertFailsWith(
                "data/redirects.yml",
                "- from: /blog/old-sciatica-address\n  to: /blog/sciatica-basics/\n  note: !!int many\n",
                "data/redirects.yml:3:9: error: this value cannot be read as the kind its '!!' tag names (such as"
                        + " !!int or !!timestamp); remove the tag and write the value alone, in quotes if it is text"
                        + " [redirects/yaml]");
    }

    private static void assertFailsWith(String file, String text, String... expected) {
        boolean existed = Files.exists(site.root().resolve(file));
        String original = existed ? site.read(file) : "";
        site.write(file, text);
        try {
            SiteBuild.Outcome outcome = WriterFacing.capture(site::build).value();

            assertEquals(
                    List.of(expected),
                    outcome.findings().stream().map(f -> f.format()).toList());
            assertEquals(lastGood, WriterFacing.digest(site.www()), "a failed build leaves target/www as it was");
        } finally {
            if (existed) {
                site.write(file, original);
            } else {
                FileTree.deleteTree(site.root().resolve(file));
            }
        }
    }

    @Provide
    Arbitrary<Change> changes() {
        Arbitrary<Change> asciidoc = Combinators.combine(Arbitraries.of(ASCIIDOC_FILES), WriterInput.asciidocEdits())
                .as(Change::new);
        Arbitrary<Change> yaml = Combinators.combine(
                        Arbitraries.of(YAML_FILES), WriterInput.yamlEdits(WriterInput.ADDRESSES))
                .as(Change::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, asciidoc), net.jqwik.api.Tuple.of(1, yaml));
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void aBuildSpeaksInFindingsAndAFailedOneKeepsTheLastSite(@ForAll("changes") Change change) {
        String original = site.read(change.file());
        String mutated = Edit.applyAll(original, change.edits());
        site.write(change.file(), mutated);
        try {
            WriterFacing.Transcript<SiteBuild.Outcome> run = WriterFacing.capture(site::build);
            SiteBuild.Outcome outcome = run.value();
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            ConsoleReport.print(outcome, site.root(), new PrintStream(report, true, StandardCharsets.UTF_8));

            WriterFacing.assertNoProgrammersText(run.printed() + report.toString(StandardCharsets.UTF_8));
            WriterFacing.assertPlaced(
                    outcome.findings(),
                    path -> Files.exists(site.root().resolve(path)),
                    Map.of(change.file(), WriterFacing.lineCount(mutated)));
            if (outcome.published()) {
                lastGood = WriterFacing.digest(site.www());
            } else {
                assertEquals(lastGood, WriterFacing.digest(site.www()), "a failed build leaves target/www as it was");
            }
        } finally {
            site.write(change.file(), original);
        }
    }
}
