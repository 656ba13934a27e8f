package org.ispc.blog.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ispc.blog.build.SiteBuild;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinksTest {

    @TempDir
    Path dir;

    private static List<String> errors(SiteBuild.Outcome outcome) {
        return outcome.findings().stream()
                .filter(Finding::isError)
                .map(Finding::format)
                .toList();
    }

    @Test
    void xrefsThatCannotResolveFailAtTheirLineAndColumn() {
        TestSite site = TestSite.create(dir, "basic", "drafts");
        site.write("content/blog/linker.adoc", """
                = Linker
                Fixture Team
                :jbake-type: post
                :jbake-status: published
                :jbake-date: 2026-02-01
                :jbake-tags: posture
                :jbake-summary: Links to things.

                Good: xref:sciatica-basics.adoc#when-to-call[when to call].
                Missing: xref:sciatica-basic.adoc[typo].
                Draft: see xref:unfinished-draft.adoc[the draft] and <<scheduled-for-next-year.adoc#,later>>.
                Anchor: xref:disc-herniation.adoc#desk-tip[tips].
                """);
        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(
                        "content/blog/linker.adoc:10:10: error: 'sciatica-basic.adoc' is not an article or page (did you mean"
                                + " 'sciatica-basics.adoc'?); write the file name of an existing document in the same folder"
                                + " [links/missing-article]",
                        "content/blog/linker.adoc:11:12: error: 'unfinished-draft.adoc' is draft (dated 2026-03-01), so"
                                + " readers would find a broken link; remove the link or publish that article first"
                                + " [links/unpublished-article]",
                        "content/blog/linker.adoc:11:54: error: 'scheduled-for-next-year.adoc' is scheduled (dated"
                                + " 2027-01-15), so readers would find a broken link; remove the link or publish that article"
                                + " first [links/unpublished-article]",
                        "content/blog/linker.adoc:12:9: error: 'disc-herniation.adoc' has no section with the id 'desk-tip';"
                                + " put [[desk-tip]] above the heading you mean, or use one of: desk-tips"
                                + " [links/missing-anchor]"),
                errors(outcome).stream()
                        .filter(e -> e.startsWith("content/blog/linker.adoc"))
                        .toList());
    }

    @Test
    void aPictureThatIsNotInTheImagesFolderIsNamedAtItsLine() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        String text = site.read(article) + "\nimage::Desk-Stretch.JPG[A seated stretch at a desk]\n";
        site.write(article, text);

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(article + ":" + text.lines().count() + ":8: error: the picture 'Desk-Stretch.JPG' is not in"
                        + " assets/images/; add the file there or correct its name (letters, case and extension must"
                        + " match) (on page /blog/posture-at-work/) [links/broken]"),
                errors(outcome));
    }

    @Test
    void theSiteWideCheckFindsABrokenTemplateLinkAndNamesTheTemplate() {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "templates/error404.ftl",
                site.read("templates/error404.ftl").replace("/archive.html", "/archives.html"));
        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        List<String> errors = errors(outcome);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(
                errors.get(0)
                        .matches(
                                "templates/error404\\.ftl:\\d+:\\d+: error: the link '/archives\\.html' leads to no page.*"),
                errors.get(0));
    }

    @Test
    void theSiteWideCheckFindsAMissingFragmentInAnArticleBody() {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "content/blog/posture-at-work.adoc",
                site.read("content/blog/posture-at-work.adoc")
                        + "\nSee link:/blog/sciatica-basics/#nowhere[the sciatica article].\n");
        SiteBuild.Outcome outcome = site.build();

        assertEquals(
                List.of(
                        "content/blog/posture-at-work.adoc:11:10: error: the link '/blog/sciatica-basics/#nowhere' points to"
                                + " '#nowhere', which is not on that page (on page /blog/posture-at-work/) [links/broken]"),
                errors(outcome));
    }

    @Test
    void everyInternalLinkOfTheFixtureSiteResolves() {
        TestSite site = TestSite.create(dir, "basic");
        SiteBuild.Outcome outcome = site.build();
        assertTrue(outcome.published(), () -> errors(outcome).toString());
        assertTrue(outcome.timings().stream().anyMatch(t -> t.name().equals("links")));
    }
}
