package org.ispc.blog.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.testing.StockJBake;
import org.ispc.blog.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What stock JBake 2.7 bakes bakes here too, and means the same: each header form JBake reads gives the date,
 * status and address stock jbake-core gives the same files (run in the test, in a JVM of its own).
 */
class JBakeCompatibilityTest {

    @TempDir
    Path dir;

    @Test
    void everyHeaderFormGivesTheDateStatusAndAddressStockJBakeGives() {
        TestSite site = TestSite.create(dir, "basic", "jbake-headers");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), outcome.findings()::toString);
        Map<String, StockJBake.Answer> stock = StockJBake.crawl(site.root());
        List<String> fixture = List.of(
                "content/blog/revision-line.adoc",
                "content/blog/revdate-attribute.adoc",
                "content/blog/properties-above-asciidoc.adoc",
                "content/blog/published-date-past.adoc",
                "content/blog/published-date-future.adoc",
                "content/blog/custom-field.adoc",
                "content/blog/properties-draft.adoc",
                "content/blog/2013/in-a-subfolder.adoc");
        assertTrue(stock.keySet().containsAll(fixture), stock::toString);
        for (StockJBake.Answer answer : stock.values()) {
            if (!answer.source().startsWith("content/blog/")) {
                continue; // pages show no date
            }
            Path page = site.www().resolve(answer.address().substring(1) + "index.html");
            if (answer.status().equals("published")) {
                assertTrue(Files.isRegularFile(page), answer + " is published by stock JBake, and here");
                Document html =
                        Jsoup.parse(site.read(site.root().relativize(page).toString()));
                assertEquals(
                        answer.date(),
                        html.selectFirst("article time[datetime]")
                                .attr("datetime")
                                .substring(0, 10),
                        answer.source());
                assertEquals(answer.title(), html.selectFirst("h1").text(), answer.source());
            } else {
                // a draft, or published-date before its day: stock JBake leaves it out of its lists; here, out of
                // the site altogether
                assertFalse(Files.exists(page), answer + " must not be published");
            }
        }
        assertEquals(
                "published-date",
                stock.get("content/blog/published-date-future.adoc").status());
        assertEquals(
                "published", stock.get("content/blog/published-date-past.adoc").status());
        assertEquals(
                "2013-10-17", stock.get("content/blog/2013/in-a-subfolder.adoc").date());
        assertEquals(
                "/blog/2013/in-a-subfolder/",
                stock.get("content/blog/2013/in-a-subfolder.adoc").address());
    }

    @Test
    void aFutureArticleWithStatusPublishedDateReachesNoFileOfTheSite() {
        TestSite site = TestSite.create(dir, "basic", "jbake-headers");

        assertTrue(site.build().published());

        TestSite.files(site.www()).forEach((file, text) -> {
            assertFalse(text.contains("Futurepublisheddatemarker"), file);
            assertFalse(text.contains("posture-checks-for-the-new-year"), file);
            assertFalse(text.contains("Posture Checks for the New Year"), file);
        });
    }

    /**
     * Any other header field reaches the templates as JBake passes it ({@code content.NAME}); an article without a
     * summary is published with a warning, its opening sentences standing in for the summary.
     */
    @Test
    void otherHeaderFieldsReachTemplatesAndAMissingSummaryIsTheOpeningSentences() {
        TestSite site = TestSite.create(dir, "basic", "jbake-headers");
        site.write(
                "templates/post.ftl",
                site.read("templates/post.ftl")
                        .replace(
                                "</article>",
                                "<p id=\"mood\">${content.mood!}|${content['jbake-mood']!}</p></article>"));

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), outcome.findings()::toString);
        Document page = Jsoup.parse(site.read("target/www/blog/custom-field/index.html"));
        assertEquals(
                "practical advice|practical advice", page.getElementById("mood").text());
        String opening = "A good desk chair supports the lower back and lets both feet rest flat on the floor."
                + " Armrests help too!";
        assertEquals(opening, page.selectFirst("meta[name=description]").attr("content"));
        assertTrue(
                outcome.findings().stream()
                        .map(Finding::format)
                        .anyMatch(f -> f.equals("content/blog/custom-field.adoc:1:1: warning: the article has no"
                                + " summary, so lists and search results show its opening: '" + opening
                                + "'; add ':jbake-summary:' with one or two sentences (at most 160 characters) to"
                                + " choose what they show [lint/missing-summary]")),
                outcome.findings()::toString);
    }
}
