package org.ispc.blog.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedArticlesTest {

    @TempDir
    Path dir;

    private static List<String> related(Map<String, String> files, String page) {
        Document doc = Jsoup.parse(files.get(page));
        assertEquals(
                "You might also enjoy", doc.selectFirst("section.related h2").text());
        return doc.select("section.related .teaser a").eachAttr("href");
    }

    @Test
    void everyArticleEndsWithThreeDistinctOtherArticlesAndPinsComeFirst() {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "content/blog/posture-at-work.adoc",
                site.read("content/blog/posture-at-work.adoc")
                        .replace(":jbake-tags: posture", ":jbake-tags: posture\n:jbake-related: neck-injections.adoc"));
        SiteBuild.Outcome outcome = site.build();
        assertTrue(outcome.published(), () -> outcome.findings().toString());

        Map<String, String> files = TestSite.files(site.www());
        List<String> pages =
                files.keySet().stream().filter(p -> p.startsWith("blog/")).toList();
        assertEquals(4, pages.size());
        for (String page : pages) {
            List<String> links = related(files, page);
            String self = "/" + page.replace("index.html", "");
            assertEquals(3, links.size(), page + ": " + links);
            assertEquals(3, links.stream().distinct().count(), page + ": " + links);
            assertFalse(links.contains(self), page);
            links.forEach(l -> assertTrue(files.containsKey(l.substring(1) + "index.html"), l));
        }
        assertEquals(
                "/blog/neck-injections/",
                related(files, "blog/posture-at-work/index.html").get(0));
        // the two nerve-root articles share a tag and their subject: each is the other's first choice
        assertEquals(
                "/blog/disc-herniation/",
                related(files, "blog/sciatica-basics/index.html").get(0));
        assertEquals(
                "/blog/sciatica-basics/",
                related(files, "blog/disc-herniation/index.html").get(0));
    }

    @Test
    void aPinnedFileThatDoesNotExistFailsAtItsLineAndColumn() {
        TestSite site = TestSite.create(dir, "basic", "drafts");
        site.write(
                "content/blog/posture-at-work.adoc",
                site.read("content/blog/posture-at-work.adoc")
                        .replace(
                                ":jbake-tags: posture",
                                ":jbake-tags: posture\n:jbake-related: neck-injection.adoc, unfinished-draft.adoc"));
        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(
                        "content/blog/posture-at-work.adoc:7:17: error: 'neck-injection.adoc' in :jbake-related: is not an"
                                + " article; did you mean 'neck-injections.adoc'? [related/missing]",
                        "content/blog/posture-at-work.adoc:7:38: error: 'unfinished-draft.adoc' in :jbake-related: is not"
                                + " published yet; remove it until that article is published [related/unpublished]"),
                outcome.findings().stream()
                        .filter(Finding::isError)
                        .map(Finding::format)
                        .toList());
    }
}
