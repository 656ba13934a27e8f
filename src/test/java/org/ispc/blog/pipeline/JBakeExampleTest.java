package org.ispc.blog.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ispc.blog.testing.StockJBake;
import org.ispc.blog.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JBake's own example project (its five posts: AsciiDoc with a revision line, AsciiDoc under a properties header,
 * Markdown and HTML, in content/blog/2013/) bakes with the project's templates and checks, as a team coming from
 * JBake would try it first.
 */
class JBakeExampleTest {

    @TempDir
    Path dir;

    @Test
    void jbakesExamplePostsArePublishedWithTheirTitlesDatesAndPicture() {
        TestSite site = TestSite.create(dir, "basic", "jbake-example");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), outcome.findings()::toString);
        assertEquals(0, outcome.errors(), outcome.findings()::toString);
        Map<String, String> expected = Map.of(
                "first-post", "First Post|2013-07-24",
                "second-post", "Second Post|2013-08-25",
                "third-post", "Third Post|2013-09-26",
                "fourth-post", "Fourth Post|2013-10-17",
                // Asciidoctor's typographic apostrophe, in stock JBake's title as well
                "fifth-post", "Oliver\u2019s Post|2013-11-11");
        Map<String, StockJBake.Answer> stock = StockJBake.crawl(site.root());
        expected.forEach((name, titleAndDate) -> {
            Document page = Jsoup.parse(site.read("target/www/blog/2013/" + name + "/index.html"));
            String shown = page.selectFirst("h1").text() + "|"
                    + page.selectFirst("article time[datetime]")
                            .attr("datetime")
                            .substring(0, 10);
            assertEquals(titleAndDate, shown, name);
            StockJBake.Answer answer = stock.values().stream()
                    .filter(a -> a.address().equals("/blog/2013/" + name + "/"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not in " + stock));
            String stockTitle = Jsoup.parse(answer.title()).text(); // JBake keeps Asciidoctor's entities
            assertEquals(stockTitle + "|" + answer.date(), shown, name + ": stock JBake says " + answer);
            assertEquals("published", answer.status());
        });
        Document fourth = Jsoup.parse(site.read("target/www/blog/2013/fourth-post/index.html"));
        Element beach = fourth.selectFirst("article img[alt=Beach]");
        assertTrue(beach != null, fourth::toString);
        String src = beach.attr("src");
        assertTrue(Files.isRegularFile(site.www().resolve(src.substring(1))), src + " is in the site");
    }
}
