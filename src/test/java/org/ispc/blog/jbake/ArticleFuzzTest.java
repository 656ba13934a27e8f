package org.ispc.blog.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Findings;
import org.ispc.blog.facts.ClinicFactsLoader;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.links.XrefCheck;
import org.ispc.blog.lint.ContentLint;
import org.ispc.blog.testing.TestSite;
import org.ispc.blog.testing.fuzz.Edit;
import org.ispc.blog.testing.fuzz.FuzzBudget;
import org.ispc.blog.testing.fuzz.WriterFacing;
import org.ispc.blog.testing.fuzz.WriterInput;

/**
 * One article (body and header) or the partial it includes, mutated, read as the bake reads it (the converter with
 * its include guard, the header, the catalog) and checked by the checks that read sources (lint, xrefs), with one
 * warm Asciidoctor: findings at a line of the file, never an exception or a stack trace.
 */
@AddLifecycleHook(FuzzBudget.class)
class ArticleFuzzTest {

    private static final String ARTICLE = "content/blog/fuzzed.adoc";
    private static final String PARTIAL = "content/partials/shared.adoc";
    private static final String PARTIAL_TEXT = "// tag::a[]\nShared text, {clinic-name}.\n// end::a[]\n\nMore text.\n";

    /** The header of an article that is complete, for the partial and the examples. */
    private static final String HEADER =
            "= Shared\n:jbake-type: post\n:jbake-status: published\n:jbake-date: 2026-01-05\n:jbake-summary: A summary.\n";

    private static TestSite site;
    private static SiteSettings settings;
    private static ClinicFactsLoader.Loaded facts;

    @BeforeContainer
    static void site() throws IOException {
        site = TestSite.create(Files.createTempDirectory("article-fuzz"), "basic");
        site.write(PARTIAL, PARTIAL_TEXT);
        settings = SiteSettings.read(site.root(), false, TestSite.CLOCK);
        facts = ClinicFactsLoader.load(site.root(), Phones.standard());
    }

    @AfterContainer
    static void removeSite() {
        FileTree.deleteTree(site.root());
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(WriterInput.documents());
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return WriterInput.asciidocEdits();
    }

    @Property(tries = 150)
    void anArticleIsReadIntoFindingsAtItsLines(@ForAll("documents") String seed, @ForAll("edits") List<Edit> edits) {
        String text = Edit.applyAll(seed, edits);
        site.write(ARTICLE, text);
        site.write(PARTIAL, PARTIAL_TEXT);

        checkRead(Map.of(ARTICLE, WriterFacing.lineCount(text)));
    }

    @Property(tries = 60)
    void aPartialIsReadIntoFindingsAtItsLines(@ForAll("edits") List<Edit> edits) {
        String text = Edit.applyAll(PARTIAL_TEXT, edits);
        site.write(
                ARTICLE,
                HEADER + "\nText.\n\ninclude::../partials/shared.adoc[]\n\n"
                        + "include::../partials/shared.adoc[tag=a]\n");
        site.write(PARTIAL, text);

        checkRead(Map.of(PARTIAL, WriterFacing.lineCount(text)));
    }

    /** Found by the partial property: a link in a partial was reported at the article, with no line. */
    @Example
    void aLinkToNoSectionWrittenInAPartialIsNamedAtThePartialsLine() {
        site.write(ARTICLE, HEADER + "\nText.\n\ninclude::../partials/shared.adoc[]\n");
        site.write(PARTIAL, "Shared text.\n\nSee <<nowhere>>.\n");

        assertEquals(
                List.of("content/partials/shared.adoc:3:5: error: the link to 'nowhere' leads to no section of this"
                        + " page; put [[nowhere]] on the line above the heading it should lead to, or correct the name"
                        + " [links/missing-anchor]"),
                read().stream().filter(Finding::isError).map(Finding::format).toList());
    }

    /** Found by the article property: 'xref:#[]' was 'the link to '' ... put [[]] ...', with no line. */
    @Example
    void aLinkWithNothingAfterItsHashIsNamedAtItsLine() {
        site.write(ARTICLE, HEADER + "\nText.\n\nSee xref:#[this].\n");

        assertEquals(
                List.of("content/blog/fuzzed.adoc:9:5: error: this link names no section (nothing after its '#');"
                        + " write the id of the section it should lead to, given with [[id]] on the line above that"
                        + " section's heading [links/missing-anchor]"),
                read().stream().filter(Finding::isError).map(Finding::format).toList());
    }

    private static void checkRead(Map<String, Integer> lines) {
        WriterFacing.Transcript<List<Finding>> run = WriterFacing.capture(ArticleFuzzTest::read);

        WriterFacing.assertNoProgrammersText(run.printed());
        WriterFacing.assertPlaced(run.value(), path -> Files.exists(site.root().resolve(path)), lines);
    }

    /** The article read and checked as a bake would, with a converter and catalog of its own. */
    private static List<Finding> read() {
        Path root = site.root();
        Catalog catalog = new Catalog();
        Findings findings = ArticleReading.read(root, settings, facts, catalog, List.of(ARTICLE));
        List<Finding> all = new ArrayList<>(findings.sorted());
        BuiltSite built = new BuiltSite(
                settings, catalog, facts.facts().orElseThrow(), facts.verifiedAt(), root.resolve("target/staging"));
        all.addAll(new ContentLint().run(built));
        all.addAll(new XrefCheck().run(built));
        return all;
    }
}
