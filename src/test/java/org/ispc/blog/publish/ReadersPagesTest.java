package org.ispc.blog.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** What a patient's phone and a search engine get: structured data, cache and security headers, redirects. */
class ReadersPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode block(Document page, String type) throws Exception {
        for (org.jsoup.nodes.Element script : page.select("script[type=application/ld+json]")) {
            String json = script.data();
            JsonNode node = JSON.readTree(json);
            if (node.path("@type").asText().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " block in " + page.select("script[type=application/ld+json]"));
    }

    /** Builds the site, which must pass. */
    private static void buildPublished(TestSite site) {
        SiteBuild.Outcome outcome = site.build();
        assertTrue(outcome.published(), () -> outcome.findings().toString());
    }

    /** One page of the built site, read as a browser reads it (UTF-8). */
    private static Document page(TestSite site, String file) throws java.io.IOException {
        return Jsoup.parse(site.www().resolve(file).toFile(), "UTF-8");
    }

    @Test
    void indexPagesLinkOnlyToTheNeighboursThatExist() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "jbake.properties",
                site.read("jbake.properties").replace("index.posts_per_page=10", "index.posts_per_page=1"));
        assertTrue(site.build().published());

        // four articles, one per page: /, /2/, /3/, /4/
        List<String> pages = List.of("index.html", "2/index.html", "3/index.html", "4/index.html");
        for (int n = 1; n <= pages.size(); n++) {
            Document page = page(site, pages.get(n - 1));
            String where = pages.get(n - 1);
            assertEquals("Page " + n + " of 4", page.select("nav.pager span").text(), where);
            assertEquals(
                    n == 1 ? List.of() : List.of(n == 2 ? "/" : "/" + (n - 1) + "/"),
                    page.select("a[rel=prev]").eachAttr("href"),
                    where + ": the link to newer articles");
            assertEquals(
                    n == pages.size() ? List.of() : List.of("/" + (n + 1) + "/"),
                    page.select("a[rel=next]").eachAttr("href"),
                    where + ": the link to older articles");
        }
        assertFalse(java.nio.file.Files.exists(site.www().resolve("5/index.html")));
    }

    @Test
    void articlesCarryStructuredDataThatMatchesThePage() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "content/blog/sciatica-basics.adoc",
                site.read("content/blog/sciatica-basics.adoc")
                        .replace(
                                ":jbake-tags:",
                                ":jbake-reviewed-by: Dr. Fixture Reviewer, MD\n:jbake-reviewed-on: 2026-05-10\n:jbake-tags:"));
        buildPublished(site);

        Document page = Jsoup.parse(TestSite.files(site.www()).get("blog/sciatica-basics/index.html"));
        JsonNode webPage = block(page, "MedicalWebPage");
        assertEquals("BlogPosting", webPage.at("/mainEntity/@type").asText());
        assertEquals("Sciatica Basics", webPage.at("/mainEntity/headline").asText());
        assertEquals("2026-05-01", webPage.at("/mainEntity/datePublished").asText());
        assertEquals("2026-05-10", webPage.at("/mainEntity/dateModified").asText());
        assertEquals("Dr. Fixture Reviewer, MD", webPage.at("/reviewedBy/name").asText());
        assertEquals("2026-05-10", webPage.at("/lastReviewed").asText());
        assertEquals(
                "Medically reviewed by Dr. Fixture Reviewer, MD on May 10, 2026",
                page.selectFirst(".reviewed").text());

        JsonNode org = block(page, "MedicalOrganization");
        assertEquals("Fixture Spine Clinic", org.at("/name").asText());
        assertEquals("+12025550110", org.at("/telephone").asText());
        assertEquals("Arlington", org.at("/location/0/address/addressLocality").asText());
        assertEquals("+17035550120", org.at("/location/0/telephone").asText());
        assertFalse(org.at("/location/0/address").has("streetAddress"), "no street is known, none may be stated");

        JsonNode crumbs = block(page, "BreadcrumbList");
        assertEquals(3, crumbs.at("/itemListElement").size());
        assertEquals(
                "https://blog.example.com/blog/sciatica-basics/",
                crumbs.at("/itemListElement/2/item").asText());
    }

    /** ":jbake-updated:" is shown to readers and reaches every place a crawler or feed reader looks for changes. */
    @Test
    void anUpdatedArticleSaysSoAndTellsSearchEnginesAndFeedReaders() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/sciatica-basics.adoc"; // dated 2026-05-01, the oldest of the four
        site.write(
                article,
                site.read(article)
                        .replace(
                                ":jbake-tags:",
                                ":jbake-reviewed-by: Dr. Fixture Reviewer, MD\n:jbake-reviewed-on: 2026-05-10\n"
                                        + ":jbake-updated: 2026-09-10\n:jbake-tags:"));
        buildPublished(site);
        Map<String, String> files = TestSite.files(site.www());

        Document page = page(site, "blog/sciatica-basics/index.html");
        assertEquals(
                "May 1, 2026 · Updated September 10, 2026 · Fixture Team · 1 min read",
                page.selectFirst(".meta").text());
        assertEquals("2026-09-10", page.select(".meta time").get(1).attr("datetime"));
        JsonNode posting = block(page, "MedicalWebPage").at("/mainEntity");
        assertEquals("2026-05-01", posting.at("/datePublished").asText());
        assertEquals("2026-09-10", posting.at("/dateModified").asText());
        assertEquals(
                "2026-09-10",
                page.selectFirst("meta[property=article:modified_time]").attr("content"));

        Document sitemap = Jsoup.parse(files.get("sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        Map<String, String> lastmod = new java.util.HashMap<>();
        sitemap.select("url:has(lastmod)")
                .forEach(u -> lastmod.put(
                        u.selectFirst("loc").text(), u.selectFirst("lastmod").text()));
        assertEquals("2026-09-10", lastmod.get("https://blog.example.com/blog/sciatica-basics/"));
        assertEquals("2026-09-10", lastmod.get("https://blog.example.com/"), "the home page lists the change");
        assertEquals("2026-08-01", lastmod.get("https://blog.example.com/blog/posture-at-work/"), "not updated");

        Document feed = Jsoup.parse(files.get("feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals("2026-09-10T00:00:00Z", feed.selectFirst("feed > updated").text());
        org.jsoup.nodes.Element entry = feed.select("entry").stream()
                .filter(e -> e.selectFirst("id").text().endsWith("/blog/sciatica-basics/"))
                .findFirst()
                .orElseThrow();
        assertEquals("2026-05-01T00:00:00Z", entry.selectFirst("published").text());
        assertEquals("2026-09-10T00:00:00Z", entry.selectFirst("updated").text());

        Document untouched = page(site, "blog/posture-at-work/index.html");
        assertFalse(untouched.selectFirst(".meta").text().contains("Updated"));
        assertEquals(
                "2026-08-01",
                block(untouched, "MedicalWebPage")
                        .at("/mainEntity/dateModified")
                        .asText());
    }

    /**
     * A long article opens with a closed list of its sections, each leading to its heading; a short one does not,
     * and a ':toc:' typed by a writer does not add Asciidoctor's own second list.
     */
    @Test
    void aLongArticleListsItsSectionsAndAShortOneDoesNot() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/disc-herniation.adoc"; // one section
        site.write(
                article,
                site.read(article).replace(":jbake-type: post", ":jbake-type: post\n:toc:")
                        + "\n== Lifting <safely> & well\n\nBend the knees.\n"
                        + "\n== When to call\n\nNumbness that spreads.\n"
                        + "\n[[own-id]]\n== Exercises\n\nWalk daily.\n\n=== A deeper heading\n\nNot listed.\n");
        buildPublished(site);

        Document page = page(site, "blog/disc-herniation/index.html");
        org.jsoup.select.Elements entries = page.select("nav.contents details ol > li > a");
        List<String> headings = page.select(".body div.sect1 > h2").eachText();
        assertEquals(List.of("Desk tips", "Lifting <safely> & well", "When to call", "Exercises"), headings);
        assertEquals(headings, entries.eachText());
        for (org.jsoup.nodes.Element entry : entries) {
            String id = entry.attr("href").substring(1);
            assertEquals("h2", page.getElementById(id).tagName(), entry.attr("href") + " leads to its heading");
        }
        assertTrue(entries.eachAttr("href").contains("#own-id"), "a section's own id is kept");
        assertFalse(page.selectFirst("nav.contents details").hasAttr("open"), "closed until the reader opens it");
        assertTrue(page.select("#toc").isEmpty(), "no second list from ':toc:'");

        Document shortOne = page(site, "blog/sciatica-basics/index.html");
        assertTrue(shortOne.select("nav.contents").isEmpty(), "one section needs no list of contents");
    }

    /** Under the title: how long the article takes to read, at 200 words a minute, and never "0 min". */
    @Test
    void anArticleSaysHowLongItTakesToRead() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        String words = String.join(" ", java.util.Collections.nCopies(1100, "word"));
        site.write(article, site.read(article) + "\n" + words + "\n");
        buildPublished(site);

        Document longPage = page(site, "blog/posture-at-work/index.html");
        int counted = longPage.selectFirst(".body").text().split("\\s+").length;
        assertTrue(counted > 1100 && counted < 1200, "the fixture's own words and the 1,100 added: " + counted);
        assertTrue(
                longPage.selectFirst(".meta").text().endsWith(" · 6 min read"),
                longPage.selectFirst(".meta").text());
        assertEquals(
                counted,
                block(longPage, "MedicalWebPage").at("/mainEntity/wordCount").asInt());

        Document shortPage = page(site, "blog/neck-injections/index.html");
        assertTrue(
                shortPage.selectFirst(".meta").text().endsWith(" · 1 min read"),
                shortPage.selectFirst(".meta").text());
    }

    /** "MRI" stays "MRI": a topic is shown as most articles write it, on articles, its own page and the index. */
    @Test
    void aTopicIsShownAsWritersSpellIt() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        Map<String, String> tags = Map.of(
                "content/blog/sciatica-basics.adoc", "sciatica, MRI",
                "content/blog/disc-herniation.adoc", "herniated disc, mri, nerve pain",
                "content/blog/neck-injections.adoc", "neck pain, MRI");
        tags.forEach((file, topics) ->
                site.write(file, site.read(file).replaceFirst(":jbake-tags: [^\\n]*", ":jbake-tags: " + topics)));
        buildPublished(site);

        for (String article : List.of("sciatica-basics", "disc-herniation", "neck-injections")) {
            Document page = page(site, "blog/" + article + "/index.html");
            assertEquals(
                    List.of("MRI"), page.select(".tags a[href=/tags/mri.html]").eachText(), article);
        }
        Document topicPage = page(site, "tags/mri.html");
        assertEquals("Articles about MRI", topicPage.selectFirst("h1").text());
        Document index = page(site, "tags/index.html");
        assertEquals(List.of("MRI"), index.select("a[href=/tags/mri.html]").eachText());
    }

    /**
     * A table's column widths would be style attributes, which the site's Content-Security-Policy refuses (an
     * error in the console of every reader's browser): no page carries one.
     */
    @Test
    void tablesKeepToTheSitesStylePolicy() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        site.write(
                article,
                site.read(article)
                        + "\n[cols=\"1,3\"]\n|===\n|Position |Why it helps\n\n|On your side |Straight spine\n|===\n"
                        + "\n[width=50%]\n|===\n|A |B\n|===\n");
        buildPublished(site);

        Document page = page(site, "blog/posture-at-work/index.html");
        assertEquals(2, page.select(".body table").size());
        assertEquals(4, page.select(".body table col").size(), "the columns are kept, without their widths");
        assertTrue(
                TestSite.files(site.www()).get("_headers").contains("style-src 'self';"),
                "the policy this test is about");
        TestSite.files(site.www()).forEach((file, html) -> {
            if (file.endsWith(".html")) {
                assertEquals(List.of(), Jsoup.parse(html).select("[style]").eachAttr("style"), file);
            }
        });
    }

    @Test
    void titlesCannotBreakOutOfTheStructuredDataOrThePage() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "content/blog/posture-at-work.adoc",
                site.read("content/blog/posture-at-work.adoc")
                        .replace("= Posture at Work", "= Posture </script><script>alert(1)</script> at Work"));
        SiteBuild.Outcome outcome = site.build();
        Document page = Jsoup.parse(TestSite.files(site.www()).get("blog/posture-at-work/index.html"));
        assertTrue(page.select("script").stream()
                .noneMatch(s -> s.data().contains("alert(1)") && !s.attr("type").equals("application/ld+json")));
        assertEquals(
                "Posture </script><script>alert(1)</script> at Work",
                page.selectFirst("h1").text());
        assertEquals(
                "Posture </script><script>alert(1)</script> at Work",
                block(page, "MedicalWebPage").at("/name").asText());
        assertTrue(outcome.published(), () -> outcome.findings().toString());
    }

    @Test
    void stylesheetsAreFingerprintedAndHeadersCacheThemForAYear() {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());
        Map<String, String> files = TestSite.files(site.www());

        String css = files.keySet().stream()
                .filter(f -> f.startsWith("css/"))
                .findFirst()
                .orElseThrow();
        assertTrue(css.matches("css/site\\.[0-9a-f]{10}\\.css"), css);
        assertFalse(files.get(css).contains("/*"), "comments are stripped");
        Document home = Jsoup.parse(files.get("index.html"));
        assertEquals("/" + css, home.selectFirst("link[rel=stylesheet]").attr("href"));

        String headers = files.get("_headers");
        assertTrue(headers.contains("/" + css + "\n  Cache-Control: public, max-age=31536000, immutable\n"), headers);
        assertTrue(
                headers.contains("/blog/sciatica-basics/\n  Cache-Control: public, max-age=0, must-revalidate\n"),
                headers);
        assertTrue(headers.contains("Content-Security-Policy: default-src 'self'; script-src 'self';"), headers);
        assertFalse(headers.contains("unsafe-inline"));
        assertTrue(headers.contains("X-Content-Type-Options: nosniff"));
        assertTrue(headers.contains("Referrer-Policy: strict-origin-when-cross-origin"));
        assertEquals(1, headers.split("/" + css.replace(".", "\\.") + "\n").length - 1, "one rule per file");
    }

    @Test
    void oldAddressesRedirectWithA301AndAnHtmlFallback() {
        TestSite site = TestSite.create(dir, "basic", "redirects");
        SiteBuild.Outcome outcome = site.build();

        assertEquals(
                List.of(
                        "data/redirects.yml:3:3: error: '/blog/no-such-page/' is not a page of the site; write the address of"
                                + " an existing page, such as /blog/<file name>/ [redirects/missing-target]"),
                outcome.findings().stream()
                        .filter(Finding::isError)
                        .map(Finding::format)
                        .toList());

        site.write("data/redirects.yml", "- from: /blog/old-sciatica-address\n  to: /blog/sciatica-basics/\n");
        assertTrue(site.build().published());
        Map<String, String> files = TestSite.files(site.www());
        assertTrue(files.get("_redirects").contains("/blog/old-sciatica-address /blog/sciatica-basics/ 301\n"));
        Document fallback = Jsoup.parse(files.get("blog/old-sciatica-address/index.html"));
        assertEquals("This page has moved", fallback.selectFirst("h1").text());
        assertEquals(
                "https://blog.example.com/blog/sciatica-basics/",
                fallback.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/blog/sciatica-basics/", fallback.selectFirst("a").attr("href"));
    }

    @Test
    void searchNeedsNoServerAndListsOnlyPublishedArticles() throws Exception {
        TestSite site = TestSite.create(dir, "basic", "drafts");
        assertTrue(site.build().published());
        Map<String, String> files = TestSite.files(site.www());

        JsonNode index = JSON.readTree(site.read("target/www/search-index.json"));
        assertEquals(4, index.size());
        assertEquals("/blog/posture-at-work/", index.get(0).get("url").asText());
        assertTrue(index.get(3).get("text").asText().contains("sciatic nerve root"));
        Document search = Jsoup.parse(files.get("search/index.html"));
        assertTrue(search.selectFirst("script[src]").attr("src").matches("/js/search\\.[0-9a-f]{10}\\.js"));
        assertEquals(
                "/archive.html", search.selectFirst(".search a").attr("href"), "readers without JavaScript can browse");
        assertTrue(
                search.select("script:not([src]):not([type=application/ld+json])")
                        .isEmpty(),
                "no inline script");
    }
}
