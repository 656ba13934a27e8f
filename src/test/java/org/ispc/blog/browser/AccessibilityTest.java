package org.ispc.blog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ispc.blog.build.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped site (the project's templates, assets, content and data, baked as `mvn package` bakes them)
 * in Debian's Chromium, checked by axe against WCAG 2.2 A and AA. Screenshots of an article go to
 * target/screenshots/ for people to look at. One bake, one server and one browser for the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final Path SCREENSHOTS = PROJECT.resolve("target/screenshots");
    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;

    private SiteServer server;
    private HeadlessChromium browser;
    private Axe axe;
    private String article;
    private String tagPage;

    /** A page to check: what people call it, its address on the site, and how wide the window is. */
    record Page(String name, String path, int width) {
        @Override
        public String toString() {
            return name + " (" + path + ", " + width + " px)";
        }
    }

    @BeforeAll
    void bakeTheShippedSiteAndOpenABrowser(@TempDir Path dir) {
        BrowserPolicy policy = BrowserPolicy.here();
        Assumptions.assumeFalse(policy.decision() == BrowserPolicy.Decision.SKIP, policy.message());
        if (policy.decision() == BrowserPolicy.Decision.FAIL) {
            fail(policy.message());
        }

        TestSite site = TestSite.create(dir.resolve("site"));
        copyTree(PROJECT.resolve("content"), site.root().resolve("content"));
        copyTree(PROJECT.resolve("data"), site.root().resolve("data"));
        SiteBuild.Outcome outcome = site.build();
        assertTrue(outcome.published(), () -> "the shipped site does not build, so it cannot be checked: "
                + outcome.findings());
        article = firstArticle(site.www());
        tagPage = firstTagPage(site.www());

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
                new Page("404 page", "/no-such-page/", DESKTOP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoWcag22AaViolations(Page page) {
        open(page.path(), page.width());

        Axe.Report report = axe.check(browser.page());
        assertEquals(
                List.of(),
                report.violations().stream().map(Axe.Violation::rule).toList(),
                () -> "axe " + report.axeVersion() + " found WCAG 2.2 A/AA violations on the " + page + ":\n"
                        + report.format() + "\n");
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
        browser.viewport(width, width == PHONE ? 844 : 900, width == PHONE);
        server.takeMissed();
        browser.open(server.url(path));
        assertEquals(List.of(), browser.foreignRequests(), path + " asked for files from other sites");
        assertEquals(
                List.of(),
                server.takeMissed().stream().filter(p -> !p.equals(path)).toList(),
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
