package org.ispc.blog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped site (the project's templates, assets, content and data, baked by the same SiteBuild as
 * `mvn package`) in Debian's Chromium, served from 127.0.0.1 and checked by axe against WCAG 2.2 A and AA; its
 * search is tried as a reader would.
 * Screenshots of an article go to target/screenshots/ for people to look at. One bake, one server and one
 * browser for the whole class; the browser can reach nothing but that server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final Path SCREENSHOTS = PROJECT.resolve("target/screenshots");
    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;
    /** Asked for by the browser itself when a page names no icon; not something a page asked for. */
    private static final String FAVICON = "/favicon.ico";

    /** The fixture article of src/test/resources/sites/blocks, added to the shipped content. */
    private static final String BLOCKS = "/blog/every-kind-of-block/";

    private static final String CONTROL = "/axe-control.html";
    private static final String CONTROL_PAGE = """
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="utf-8">
            <title>Made to fail</title>
            <style>
            .faint { color: #ccc; background: #fff; }
            .tiny { display: inline-block; width: 10px; height: 10px; background: #000; }
            </style>
            </head>
            <body>
            <main>
            <h1>Made to fail</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">
            <p class="faint">Hard to read.</p>
            <p><a class="tiny" href="#a" aria-label="A"></a><a class="tiny" href="#b" aria-label="B"></a></p>
            <label>Email <input type="email" autocomplete="nonsense"></label>
            </main>
            </body>
            </html>
            """;

    private SiteServer server;
    private HeadlessChromium browser;
    private Axe axe;
    private Path www;
    private String article;
    private String tagPage;

    /**
     * A page to check: what people call it, its address on the site, how wide the window is, and whether the
     * reader's device asks for the dark colour scheme.
     */
    record Page(String name, String path, int width, boolean dark) {
        Page(String name, String path, int width) {
            this(name, path, width, false);
        }

        @Override
        public String toString() {
            return name + " (" + path + ", " + width + " px" + (dark ? ", dark" : "") + ")";
        }
    }

    @BeforeAll
    void bakeTheShippedSiteAndOpenABrowser(@TempDir Path dir) {
        BrowserPolicy.requireChromium();

        TestSite site = TestSite.create(dir.resolve("site"));
        copyTree(PROJECT.resolve("content"), site.root().resolve("content"));
        copyTree(PROJECT.resolve("data"), site.root().resolve("data"));
        // one article with every block the writer's guide allows (call-outs, quotes, footnotes, tables, ...)
        copyTree(
                PROJECT.resolve("src/test/resources/sites/blocks/content"),
                site.root().resolve("content"));
        // The bake alone: the other checks (facts, lint, links, HTML validity) fail `mvn package` and have
        // their own tests, and a finding of theirs should not hide what the pages do in a browser.
        SiteBuild.Outcome outcome = new SiteBuild(
                        TestSite.SharedAsciidoctor.get(), Phones.standard(), TestSite.CLOCK, List.of())
                .run(site.root(), false);
        assertTrue(
                outcome.published(),
                () -> "the shipped site does not bake, so it cannot be checked: " + outcome.findings());
        www = site.www();
        article = firstArticle(site.www());
        tagPage = firstTagPage(site.www());

        write(site.www().resolve(CONTROL.substring(1)), CONTROL_PAGE);
        server = SiteServer.start(site.www());
        axe = Axe.fromClassPath(Axe.WCAG_22_AA);
        browser = HeadlessChromium.start(dir.resolve("profile"));
    }

    @AfterAll
    void closeTheBrowserAndServer() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    Stream<Page> pages() {
        return Stream.of(
                new Page("home page", "/", DESKTOP),
                new Page("article", article, DESKTOP),
                new Page("article on a phone", article, PHONE),
                new Page("tag page", tagPage, DESKTOP),
                new Page("search page", "/search/", DESKTOP),
                new Page("404 page", "/no-such-page/", DESKTOP),
                new Page("home page in dark mode", "/", PHONE, true),
                new Page("article in dark mode", article, PHONE, true),
                new Page("search page in dark mode", "/search/", PHONE, true),
                new Page("article with every kind of block", BLOCKS, DESKTOP),
                new Page("article with every kind of block in dark mode", BLOCKS, PHONE, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoWcag22AaViolations(Page page) {
        open(page.path(), page.width(), false, page.dark());

        Axe.Report report = axe.check(browser.page());
        assertEquals(
                List.of(),
                report.violations().stream().map(Axe.Violation::rule).toList(),
                () -> "axe " + report.axeVersion() + " found WCAG 2.2 A/AA violations on the " + page + ":\n"
                        + report.format() + "\n");
    }

    /**
     * A page that breaks one rule of each WCAG level checked, so that a green run above means that axe ran
     * those rules, not that it checked nothing.
     */
    @Test
    void axeFindsWhatItShouldOnAPageMadeToFail() {
        open(CONTROL, DESKTOP);

        Axe.Report report = axe.check(browser.page());
        assertEquals(
                List.of("autocomplete-valid", "color-contrast", "html-has-lang", "image-alt", "target-size"),
                report.violations().stream().map(Axe.Violation::rule).sorted().toList(),
                report::format);
        assertTrue(report.format().contains("at img  <img src="), report::format);
    }

    /**
     * The search page, as a reader uses it: a word that only one article's text holds finds that article, a word
     * many articles hold finds each of them, and a made-up word finds nothing and says so. The words are picked
     * from the baked articles' bodies, so the test follows the content as writers change it.
     */
    @Test
    void searchFindsTheArticlesWhoseTextHoldsTheWords() {
        Map<String, Set<String>> articlesByWord = new TreeMap<>();
        try (Stream<Path> pages = Files.list(www.resolve("blog"))) {
            for (Path dir : pages.filter(p -> Files.isRegularFile(p.resolve("index.html")))
                    .toList()) {
                String url = "/blog/" + dir.getFileName() + "/";
                String body = org.jsoup.Jsoup.parse(Files.readString(dir.resolve("index.html")))
                        .select("article .body")
                        .text()
                        .toLowerCase(java.util.Locale.ROOT);
                for (String word : body.split("[^a-z]+")) {
                    if (word.length() >= 8) {
                        articlesByWord
                                .computeIfAbsent(word, w -> new TreeSet<>())
                                .add(url);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map.Entry<String, Set<String>> rare = articlesByWord.entrySet().stream()
                .filter(e -> e.getValue().size() == 1)
                .findFirst()
                .orElseThrow();
        Map.Entry<String, Set<String>> common = articlesByWord.entrySet().stream()
                .max(java.util.Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow();

        assertEquals(rare.getValue(), search(rare.getKey()), "searching for " + rare.getKey());
        assertTrue(search(common.getKey()).containsAll(common.getValue()), "searching for " + common.getKey());
        assertEquals(Set.of(), search("qwzxv"));
        assertTrue(status().startsWith("No article matches"), status());
    }

    /** The addresses the search page lists for {@code query}, once it has answered. */
    private Set<String> search(String query) {
        open("/search/?q=" + query, DESKTOP);
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!status().contains("match") && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertTrue(status().contains("match"), "the search page answered: " + status());
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) browser.page()
                .executeScript("return Array.from(document.querySelectorAll('#search-results a'))"
                        + ".map(a => a.getAttribute('href'));");
        return new TreeSet<>(hrefs);
    }

    private String status() {
        return (String) browser.page().executeScript("return document.getElementById('search-status').textContent;");
    }

    /**
     * On a phone nothing in an article pushes the page wider than the screen (the reader would have to scroll
     * sideways to read every line): a long web address in the text, a wide code listing, a wide table. The page
     * is the baked article with such a body, so it has the site's own style sheet.
     */
    @Test
    void nothingInAnArticleMakesThePageWiderThanAPhone() throws IOException {
        String page = Files.readString(www.resolve(article.substring(1) + "index.html"));
        String wide = "<div class=\"paragraph\"><p>See https://www.example.org/a/very/long/address/that/goes/on/and/on"
                + "/without/any/place/to/break/it/at/all/index.html for more.</p></div>"
                + "<div class=\"listingblock\"><div class=\"content\"><pre>A listing line much longer than a phone"
                + "_screen_is_wide_with_no_spaces_to_break_at_anywhere</pre></div></div>"
                + "<table class=\"tableblock\"><tr><td>Column one of a wide table</td><td>Column two of a wide table"
                + "</td><td>Column three of a wide table</td><td>Column four of a wide table</td></tr></table>";
        write(
                www.resolve("wide-article.html"),
                page.replaceFirst("<div class=\"body\">", "<div class=\"body\">" + wide));

        open("/wide-article.html", PHONE);

        Number pageWidth = (Number) browser.page().executeScript("return document.documentElement.scrollWidth;");
        assertEquals(PHONE, pageWidth.intValue(), "the page's width on a " + PHONE + " px phone");

        open(BLOCKS, PHONE);
        Number blocksWidth = (Number) browser.page().executeScript("return document.documentElement.scrollWidth;");
        assertEquals(PHONE, blocksWidth.intValue(), "the width of the article with every kind of block on a phone");
        // a call-out reads as a box of text, not as a table with a cell for its label, to eyes and screen readers
        assertEquals(
                5L,
                browser.page()
                        .executeScript(
                                "return document.querySelectorAll('.admonitionblock table[role=presentation]').length;"));
        assertEquals(
                "block",
                browser.page()
                        .executeScript(
                                "return getComputedStyle(document.querySelector('.admonitionblock td')).display;"));
    }

    /**
     * The dark scheme really is dark (axe above checks its contrast), and a printed article keeps the text and
     * the clinic's phone number but drops the menus, the search and the related list.
     */
    @Test
    void darkModeDarkensThePageAndPrintKeepsTheArticleAndThePhone() {
        open(article, PHONE, false, false);
        String light = style("body", "background-color");
        open(article, PHONE, false, true);
        String dark = style("body", "background-color");
        assertEquals("rgb(255, 255, 255)", light);
        assertTrue(brightness(dark) < 40, "dark mode background " + dark);

        open(article, DESKTOP, true, true);
        assertEquals("rgb(255, 255, 255)", style("body", "background-color"), "printed on white, even in dark mode");
        assertEquals("rgb(0, 0, 0)", style("body", "color"));
        for (String hidden : List.of(".nav", ".search", ".related", ".skip")) {
            Object shown = browser.page()
                    .executeScript(
                            "const e = document.querySelector(arguments[0]);"
                                    + " return e === null ? 'absent' : getComputedStyle(e).display;",
                            hidden);
            assertTrue(shown.equals("none") || shown.equals("absent"), hidden + " printed: " + shown);
        }
        String call = (String) browser.page()
                .executeScript("const e = document.querySelector('.call');"
                        + " return getComputedStyle(e).display === 'none' ? '' : e.textContent;");
        assertTrue(call.matches("Call \\d{3}-\\d{3}-\\d{4}"), "the phone number on paper: " + call);
        open(article, DESKTOP);
    }

    private String style(String selector, String property) {
        return (String) browser.page()
                .executeScript(
                        "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
                        selector,
                        property);
    }

    /** The mean of a CSS rgb() colour's channels, 0 to 255. */
    private static int brightness(String rgb) {
        return java.util.Arrays.stream(rgb.replaceAll("[^0-9,]", "").split(","))
                        .limit(3)
                        .mapToInt(Integer::parseInt)
                        .sum()
                / 3;
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {PHONE, DESKTOP})
    void savesAScreenshotOfTheArticle(int width) throws IOException {
        open(article, width);
        Path png = SCREENSHOTS.resolve("article-" + width + ".png");
        browser.screenshot(png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(width, image.getWidth(), png + " width");
        assertTrue(image.getHeight() > 400, png + " height " + image.getHeight() + ": the whole page expected");
    }

    /**
     * Opens a page at a window width and checks that everything it asked for came from the site: axe on a
     * page without its style sheet would judge the wrong page.
     */
    private void open(String path, int width) {
        open(path, width, false, false);
    }

    private void open(String path, int width, boolean print, boolean dark) {
        browser.viewport(width, width == PHONE ? 844 : 900, width == PHONE);
        browser.media(print, dark);
        server.takeMissed();
        browser.open(server.url(path));
        assertEquals(List.of(), browser.foreignRequests(), path + " asked for files from other sites");
        assertEquals(
                List.of(),
                server.takeMissed().stream()
                        .filter(p -> !p.equals(path) && !p.equals(FAVICON))
                        .toList(),
                path + " asked for files that the site does not have");
    }

    /** The address of the first article by file name: /blog/NAME/. */
    private static String firstArticle(Path www) {
        return "/blog/" + firstName(www.resolve("blog"), p -> Files.isRegularFile(p.resolve("index.html"))) + "/";
    }

    /** The address of the first tag's page by name: /tags/NAME.html (tags/index.html lists the tags). */
    private static String firstTagPage(Path www) {
        return "/tags/"
                + firstName(www.resolve("tags"), p -> {
                    String name = p.getFileName().toString();
                    return name.endsWith(".html") && !name.equals("index.html");
                });
    }

    private static String firstName(Path folder, Predicate<Path> wanted) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(wanted)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the baked site has no page in " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
