package org.ispc.blog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ispc.blog.browser.BrowserPolicy.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrowserPolicyTest {

    @ParameterizedTest(name = "chromium {0}, chromedriver {1}, CI={2}: {3}")
    @CsvSource(
            nullValues = "unset",
            value = {
                "true,  true,  unset, RUN",
                "true,  true,  true,  RUN",
                "false, false, unset, SKIP",
                "false, true,  unset, SKIP",
                "false, false, '',    SKIP",
                "false, false, true,  FAIL",
                "false, false, 1,     FAIL",
                "true,  false, unset, FAIL",
                "true,  false, true,  FAIL",
            })
    void skipsOnlyWithoutChromiumOutsideCi(boolean chromium, boolean chromedriver, String ci, Decision expected) {
        assertEquals(expected, BrowserPolicy.decide(chromium, chromedriver, ci).decision());
    }

    @ParameterizedTest(name = "chromium {0}, chromedriver {1}: names {2}")
    @CsvSource({
        "false, false, chromium",
        "true,  false, chromium-driver",
    })
    void saysWhichPackageIsMissingAndHowToInstallIt(boolean chromium, boolean chromedriver, String missing) {
        String message = BrowserPolicy.decide(chromium, chromedriver, "true").message();
        assertTrue(message.contains("(Debian package " + missing + ")"), message);
        assertTrue(message.contains("./test.sh"), message);
    }
}
