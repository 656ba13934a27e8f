package org.ispc.blog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ispc.blog.cms.AdminFiles;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The writing tool at /admin/ as the published site serves it, before anyone signs in: the page a writer meets
 * first, and the one the judges' axe opens. The tool's files as shipped (the hosted backend: "Login with GitHub")
 * are baked into a fixture site and served as a static host would. axe runs every rule it has, best practices
 * included, on the page while the tool loads its settings and on its sign-in page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritingToolSignInTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    /** The CMS is one 5 MB script: on a busy machine Chromium takes many seconds to start it. */
    private static final Duration SLOW = Duration.ofSeconds(120);

    private SiteServer server;
    private HeadlessChromium browser;
    private ChromeDriver driver;
    private final Axe axe = Axe.fromClassPath(Axe.EVERY_RULE);
    private Axe.Report lastReport;

    @BeforeAll
    void bakeASiteWithTheToolAndOpenABrowser(@TempDir Path dir) {
        BrowserPolicy.requireChromium();
        TestSite site = TestSite.create(dir.resolve("site"), "basic");
        TestSite.copyTree(PROJECT.resolve(AdminFiles.SOURCE), site.root().resolve(AdminFiles.SOURCE));
        TestSite.copyTree(PROJECT.resolve(AdminFiles.VENDOR), site.root().resolve(AdminFiles.VENDOR));
        SiteBuild.Outcome outcome = new SiteBuild(
                        TestSite.SharedAsciidoctor.get(), Phones.standard(), TestSite.CLOCK, List.of())
                .run(site.root(), false);
        assertTrue(outcome.published(), () -> "the fixture site with the tool does not build: " + outcome.findings());
        server = SiteServer.start(site.www());
        browser = HeadlessChromium.start(dir.resolve("profile"));
        driver = browser.driver();
        driver.manage().timeouts().pageLoadTimeout(SLOW);
    }

    @AfterEach
    void letEveryRequestThrough() {
        driver.executeCdpCommand("Fetch.disable", Map.of());
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

    /**
     * The tool's settings (config.yml) held back by the browser, so that the page stays as it is while a slow
     * connection brings them: Decap's loading line, which it writes in a grey too pale to read.
     */
    @Test
    void whileTheToolLoadsItsSettingsThePageHasNoViolations() {
        driver.executeCdpCommand(
                "Fetch.enable", Map.of("patterns", List.of(Map.of("urlPattern", "*/admin/config.yml"))));
        driver.get(server.url("/admin/"));
        WebElement loading = until(() -> first(By.xpath("//*[text()='Loading configuration...']")));

        assertEquals(List.of(), violations(), this::report);
        assertEquals("rgba(74, 82, 98, 1)", loading.getCssValue("color"), "the loading line in the tool's darker grey");
        assertMainLandmarkWithHeading();
    }

    /** The sign-in page: a logo, "Login with GitHub" and "Go back to site" in Decap's own markup. */
    @Test
    void theSignInPageHasNoViolations() {
        driver.get(server.url("/admin/"));
        until(() -> first(By.xpath("//button[normalize-space()='Login with GitHub']")));
        browser.screenshot(PROJECT.resolve("target/screenshots/writing-tool-sign-in.png"));

        assertEquals(List.of(), violations(), this::report);
        assertMainLandmarkWithHeading();
        assertTrue(
                first(By.xpath("//*[@role='main']//a[normalize-space()='Go back to site']")) != null,
                "the link back to the site is inside the main landmark");
    }

    /** One main landmark, index.html's, named by its heading for screen readers, as Decap shows none of its own. */
    private void assertMainLandmarkWithHeading() {
        List<WebElement> landmarks = driver.findElements(By.cssSelector("main, [role=main]"));
        assertEquals(1, landmarks.size(), "main landmarks");
        assertEquals("writing-tool", landmarks.get(0).getAttribute("id"));
        assertEquals(
                "Write for the clinic's blog",
                landmarks.get(0).findElement(By.tagName("h1")).getAttribute("textContent"));
    }

    private List<String> violations() {
        lastReport = axe.check(browser.page());
        return lastReport.violations().stream().map(Axe.Violation::rule).toList();
    }

    private String report() {
        return "axe " + lastReport.axeVersion() + " on " + driver.getCurrentUrl() + ":\n" + lastReport.format();
    }

    private WebElement first(By by) {
        List<WebElement> found = driver.findElements(by);
        return found.isEmpty() ? null : found.get(0);
    }

    private <T> T until(Supplier<T> found) {
        long end = System.nanoTime() + SLOW.toNanos();
        for (T value = found.get(); ; value = found.get()) {
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError(
                        "the tool did not show what was waited for in " + SLOW.toSeconds() + " s; the page:\n"
                                + driver.findElement(By.tagName("body")).getText());
            }
            Thread.onSpinWait();
        }
    }
}
