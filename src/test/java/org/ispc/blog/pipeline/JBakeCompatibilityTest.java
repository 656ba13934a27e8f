package org.ispc.blog.pipeline;

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
                "content/blog/2013/in-a-subfolder.adoc",
                "content/blog/markdown-article.md",
                "content/blog/html-article.html");
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

    /**
     * An article whose only header is JBake's own (key=value lines above ~~~~~~) is published with its first
     * paragraph, and the lint says nothing about its header: it once took that paragraph for a line glued to the
     * header (lint/glued-header, an error that stopped the build).
     */
    @Test
    void anArticleWithJBakesHeaderAloneIsPublishedWithoutFindings() {
        TestSite site = TestSite.create(dir, "basic", "jbake-headers");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), outcome.findings()::toString);
        assertEquals(
                List.of(),
                outcome.findings().stream()
                        .filter(f -> f.at().path().equals("content/blog/properties-only.adoc"))
                        .map(Finding::format)
                        .toList());
        Document page = Jsoup.parse(site.read("target/www/blog/properties-only/index.html"));
        assertEquals("Stretching Before a Run", page.selectFirst("h1").text());
        assertTrue(page.text().contains("Five minutes of gentle stretching warm the muscles"), page::text);
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

    /**
     * Markdown and HTML articles as JBake renders them, with the facts attributes, links to other articles by file
     * name pointed at their pages, and a place in the lists, the feed, the sitemap and the search.
     */
    @Test
    void markdownAndHtmlArticlesArePagesLikeAnyOther() {
        TestSite site = TestSite.create(dir, "basic", "jbake-headers");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), outcome.findings()::toString);
        Document markdown = Jsoup.parse(site.read("target/www/blog/markdown-article/index.html"));
        assertEquals("Exercises for Sciatica", markdown.selectFirst("h1").text());
        assertEquals("Three exercises", markdown.selectFirst("article h2").text());
        assertEquals(
                3,
                markdown.selectFirst("li:contains(Knee to chest)")
                        .parent()
                        .children()
                        .size());
        assertTrue(
                markdown.selectFirst("article").text().contains("Call 202-555-0110 to book a visit"),
                markdown::toString);
        assertEquals(
                "tel:+12025550110",
                markdown.selectFirst("article a[href^=tel:]").attr("href"));
        assertEquals(
                "/blog/revision-line/",
                markdown.selectFirst("article a:contains(stretching guide)").attr("href"));
        assertEquals(
                "Three gentle exercises that ease sciatica.",
                markdown.selectFirst("meta[name=description]").attr("content"));
        Document html = Jsoup.parse(site.read("target/www/blog/html-article/index.html"));
        assertTrue(html.selectFirst("article").text().contains("Ask Fixture Spine Clinic which one suits you."));
        assertEquals(
                "/blog/markdown-article/",
                html.selectFirst("article a:contains(sciatica exercises)").attr("href"));
        for (String list : List.of("sitemap.xml", "feed.xml", "search-index.json", "index.html")) {
            String text = site.read("target/www/" + list);
            assertTrue(text.contains("/blog/markdown-article/"), list);
            assertTrue(text.contains("/blog/html-article/"), list);
        }
    }

    /**
     * The lint rules that make sense for Markdown and HTML reach them at their lines; the rules about AsciiDoc's
     * syntax do not. A link to a missing article and a misspelled facts attribute stop the build at their lines.
     */
    @Test
    void markdownAndHtmlDefectsAreReportedAtTheirLines() {
        TestSite site = TestSite.create(dir, "basic", "jbake-headers");
        site.write(
                "content/blog/defects.md",
                String.join(
                        "\n",
                        "title=Defects in Markdown",
                        "date=2026-06-01",
                        "type=post",
                        "status=published",
                        "author=Fixture Team",
                        "summary=A Markdown article with defects.",
                        "tags=fixtures",
                        "~~~~~~",
                        "",
                        "Treatment options include:",
                        "",
                        "Pain \u4E00 stiffness are common.",
                        "",
                        "![](/img/missing-alt.jpg)",
                        "",
                        "### Too deep",
                        "",
                        "See [the old article](no-such-article.md) or call {clinic-phon}.",
                        ""));
        site.write(
                "content/blog/defects-html.html",
                String.join(
                        "\n",
                        "title=Defects in HTML",
                        "date=2026-06-02",
                        "type=post",
                        "status=published",
                        "author=Fixture Team",
                        "summary=An HTML article with defects.",
                        "tags=fixtures",
                        "~~~~~~",
                        "",
                        "<p>We treat conditions including:</p>",
                        "<h3>Too deep</h3>",
                        ""));

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        List<String> found = outcome.findings().stream()
                .filter(f -> f.at().path().startsWith("content/blog/defects"))
                .map(f -> f.at().path() + ":" + f.at().line() + " " + f.rule())
                .toList();
        assertEquals(
                List.of(
                        "content/blog/defects-html.html:10 lint/missing-list",
                        "content/blog/defects-html.html:11 lint/heading-skip",
                        "content/blog/defects.md:10 lint/missing-list",
                        "content/blog/defects.md:12 lint/foreign-script",
                        "content/blog/defects.md:14 lint/image-alt",
                        "content/blog/defects.md:16 lint/heading-skip",
                        "content/blog/defects.md:18 content/unknown-attribute",
                        "content/blog/defects.md:18 links/missing-article"),
                found.stream().sorted().distinct().toList(),
                outcome.findings()::toString);
    }
}
