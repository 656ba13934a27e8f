package org.ispc.blog.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real bakes of the "basic" fixture with a page at an address the build makes itself, and with topics that cannot
 * become an address: each is an error at its file (and line), and the last site stays.
 */
class ReservedAddressTest {

    @TempDir
    Path dir;

    @Test
    void aPageAtTheTopicsAddressIsAnErrorAtItsFileInsteadOfBeingReplacedWithoutAWord() {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());
        Map<String, String> before = TestSite.files(site.www());
        site.write(
                "content/tags.adoc", "= Our Topics\n:jbake-type: page\n:jbake-status: published\n\nHand-made list.\n");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published(), outcome.findings().toString());
        assertEquals(
                List.of("content/tags.adoc:1:1 content/reserved-address"),
                errors(outcome).stream().map(f -> f.at() + " " + f.rule()).toList());
        assertTrue(
                errors(outcome).get(0).message().contains("/tags/"),
                errors(outcome).toString());
        assertEquals(before, TestSite.files(site.www()), "the last good site stays");
    }

    @Test
    void aPageAtAnOldAddressOfDataRedirectsIsAnErrorAtThePageToo() {
        TestSite site = TestSite.create(dir, "basic");
        site.write("data/redirects.yml", "- from: /blog/old-sciatica\n  to: /blog/sciatica-basics/\n");
        site.write(
                "content/blog/old-sciatica.adoc",
                "= Old Sciatica\n:jbake-type: post\n:jbake-status: published\n:jbake-date: 2026-01-05\n"
                        + ":jbake-summary: A page where an old address leads elsewhere.\n\nText.\n");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published(), outcome.findings().toString());
        List<String> errors =
                errors(outcome).stream().map(f -> f.at() + " " + f.rule()).toList();
        assertTrue(errors.contains("content/blog/old-sciatica.adoc:1:1 content/reserved-address"), errors.toString());
        assertTrue(errors.contains("data/redirects.yml:1:3 redirects/clash"), errors.toString());
    }

    @Test
    void topicsThatCannotBecomeAnAddressAreErrorsAtTheTagsLine() {
        TestSite site = TestSite.create(dir, "basic");
        String longTopic = "back pain ".repeat(30).trim(); // 299 characters
        String article = "content/blog/posture-at-work.adoc";
        String other = "content/blog/sciatica-basics.adoc";
        site.write(
                article, site.read(article).replaceFirst(":jbake-tags:[^\n]*", ":jbake-tags: posture, " + longTopic));
        site.write(
                other,
                site.read(other).replaceFirst(":jbake-tags:[^\n]*", ":jbake-tags: sciatica, !!!, 🙂, .., index"));
        int articleLine = site.lineOf(article, ":jbake-tags:");
        int otherLine = site.lineOf(other, ":jbake-tags:");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published(), outcome.findings().toString());
        assertEquals(
                List.of(
                        article + ":" + articleLine + ":23 content/tag-address",
                        other + ":" + otherLine + ":24 content/tag-address",
                        other + ":" + otherLine + ":29 content/tag-address",
                        other + ":" + otherLine + ":33 content/tag-address",
                        other + ":" + otherLine + ":37 content/tag-address"),
                errors(outcome).stream().map(f -> f.at() + " " + f.rule()).toList(),
                "one error per topic, at the topic; no template error");
    }

    private static List<Finding> errors(SiteBuild.Outcome outcome) {
        return outcome.findings().stream().filter(Finding::isError).toList();
    }
}
