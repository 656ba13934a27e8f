package org.ispc.blog.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both paths are given to Selenium, so
 * Selenium Manager never looks for (or downloads) a driver or a browser. The browser may reach 127.0.0.1
 * only: every host name resolves to nothing and every other address goes to a proxy that is not there.
 * One page at a time; not for use from several threads.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Duration PAGE_LOAD = Duration.ofSeconds(20);
    private static final Duration SCRIPT = Duration.ofSeconds(30);

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser with a fresh profile in {@code profile}, an empty folder. */
    static HeadlessChromium start(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserPolicy.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(BrowserPolicy.CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-extensions",
                        "--disable-default-apps",
                        "--no-first-run",
                        "--no-default-browser-check",
                        "--user-data-dir=" + profile.toAbsolutePath(),
                        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                        // addresses given as numbers skip the resolver: send them to a proxy nobody runs
                        // (loopback addresses never go through a proxy)
                        "--proxy-server=http://127.0.0.1:9",
                        "--lang=en-US",
                        "--force-device-scale-factor=1",
                        // as on a phone: the page gets the whole width, and screenshots are exactly that wide
                        "--hide-scrollbars",
                        "--window-size=1280,900");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD).scriptTimeout(SCRIPT);
        return new HeadlessChromium(driver);
    }

    /** The driver itself, for tests that work a page's form (the writing tool). */
    org.openqa.selenium.chrome.ChromeDriver driver() {
        return driver;
    }

    /** The page's scripting interface, for axe. */
    JavascriptExecutor page() {
        return driver;
    }

    /**
     * Makes the page area {@code width} CSS pixels wide (and one pixel per CSS pixel), as a phone
     * ({@code mobile}: the page's viewport meta tag counts) or a desktop window. Applies to pages opened
     * after the call.
     */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** How pages opened after the call are shown: on a screen or printed, in the light or dark colour scheme. */
    void media(boolean print, boolean dark) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "media",
                        print ? "print" : "screen",
                        "features",
                        java.util.List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** Opens a page and waits until it and its web fonts have loaded. */
    void open(String url) {
        driver.get(url);
        driver.executeAsyncScript("const done = arguments[0]; document.fonts.ready.then(() => done());");
    }

    /** Addresses the open page asked for outside its own origin (all of them fail here). */
    @SuppressWarnings("unchecked")
    java.util.List<String> foreignRequests() {
        return (java.util.List<String>)
                driver.executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => !n.startsWith(location.origin + '/'));");
    }

    /** Saves the whole open page, not just the visible part, as a PNG. */
    void screenshot(Path png) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of(
                "x", 0,
                "y", 0,
                "width", size.get("width").doubleValue(),
                "height", size.get("height").doubleValue(),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(png.getParent());
            Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
