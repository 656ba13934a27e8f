package org.ispc.blog.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the browser tests run, are skipped, or fail for want of a browser. A developer without Chromium
 * gets a skip that says how to install it; CI (the environment variable CI set, as .ci/run has it) must
 * never pass without having looked at the pages, so there a missing browser or driver is a failure.
 */
record BrowserPolicy(Decision decision, String message) {

    /** Debian's Chromium, as installed by test.sh (package chromium). */
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Debian's ChromeDriver, of the same version as the browser (package chromium-driver). */
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final String INSTALL =
            "run ./test.sh, which installs them, or: sudo apt-get install chromium chromium-driver";

    enum Decision {
        RUN,
        SKIP,
        FAIL
    }

    /** Skips the calling test class on a developer's machine without Chromium, fails it on CI; returns when it runs. */
    static void requireChromium() {
        BrowserPolicy policy = here();
        Assumptions.assumeFalse(policy.decision() == Decision.SKIP, policy.message());
        if (policy.decision() == Decision.FAIL) {
            Assertions.fail(policy.message());
        }
    }

    /** The decision for this machine. */
    static BrowserPolicy here() {
        return decide(Files.isExecutable(CHROMIUM), Files.isExecutable(CHROMEDRIVER), System.getenv("CI"));
    }

    /**
     * @param ci the value of the environment variable CI; null or blank when it is not set
     */
    static BrowserPolicy decide(boolean chromium, boolean chromedriver, String ci) {
        boolean inCi = ci != null && !ci.isBlank();
        if (chromium && chromedriver) {
            return new BrowserPolicy(Decision.RUN, "");
        }
        String missing = chromium
                ? CHROMEDRIVER + " (Debian package chromium-driver) is missing"
                : CHROMIUM + " (Debian package chromium) is missing";
        if (!chromium && !inCi) {
            return new BrowserPolicy(
                    Decision.SKIP, "accessibility tests skipped: " + missing + "; to run them, " + INSTALL);
        }
        return new BrowserPolicy(
                Decision.FAIL,
                "the accessibility tests cannot run: " + missing + (inCi ? " on CI" : "") + "; " + INSTALL);
    }
}
