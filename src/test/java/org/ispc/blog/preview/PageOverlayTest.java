package org.ispc.blog.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is added to a page on its way to the browser: pure string work, no server. */
class PageOverlayTest {

    private static final String PAGE = "<html><head><title>T</title></head><body><p>Text</p></body></html>";

    @Test
    void aCleanPageGetsOnlyTheReloadScriptAndItsBuildNumber() {
        String html = PageOverlay.apply(PAGE, new BuildReport(3, true, List.of()), List.of());

        assertEquals(
                "<html><head><title>T</title><meta name=\"preview-build\" content=\"3\"></head>"
                        + "<body><p>Text</p><script src=\"/__preview/reload.js\" defer></script></body></html>",
                html);
    }

    @Test
    void findingsAreListedWithTheirPlaceSourceLineAndMessageAllEscaped() {
        Finding finding = Finding.error(
                Position.at("content/blog/x.adoc", 4, 1),
                "bake/date",
                "'<script>alert(1)</script>' is not a date; write YYYY-MM-DD");
        BuildReport.Note note = new BuildReport.Note(finding, ":jbake-date: <script>alert(1)</script>");
        BuildReport report = new BuildReport(5, false, List.of(note));

        Document page = Jsoup.parse(PageOverlay.apply(PAGE, report, List.of(note)));

        assertEquals(1, page.select("script").size(), "only the reload script: " + page.outerHtml());
        Element panel = page.expectFirst("#" + PageOverlay.PANEL_ID);
        assertTrue(panel.hasClass("failed"));
        assertEquals("content/blog/x.adoc:4:1", panel.expectFirst("code").text());
        assertEquals(
                ":jbake-date: <script>alert(1)</script>",
                panel.expectFirst("pre").text());
        assertEquals(
                "'<script>alert(1)</script>' is not a date; write YYYY-MM-DD",
                panel.expectFirst(".message").text());
        assertTrue(panel.expectFirst("summary").text().contains("Fix the 1 error below"), panel.text());
        assertEquals(
                "/__preview/panel.css",
                page.expectFirst("link[href^=/__preview/]").attr("href"));
    }

    @Test
    void aWarningPanelSaysHowManyAndIsNotMarkedFailed() {
        Finding finding = Finding.warning(Position.at("data/clinic.yml", 2, 3), "facts/stale", "check the hours");
        BuildReport.Note note = new BuildReport.Note(finding, "");
        Document page = Jsoup.parse(PageOverlay.apply(PAGE, new BuildReport(1, true, List.of(note)), List.of(note)));

        Element panel = page.expectFirst("#" + PageOverlay.PANEL_ID);
        assertFalse(panel.hasClass("failed"));
        assertNull(panel.selectFirst("pre"), "no source line to show");
        assertTrue(panel.expectFirst("summary").text().startsWith("1 warning"), panel.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "lower case | <body>a</body> | <body>a+</body>",
                "upper case | <BODY>a</BODY> | <BODY>a+</BODY>",
                "the last one | <body><pre></body></pre></body> | <body><pre></body></pre>+</body>",
                "none: appended | <p>a | <p>a+",
            })
    void insertsBeforeTheLastClosingTag(String name, String html, String expected) {
        assertEquals(expected, PageOverlay.insertBefore(html, "</body>", "+", true));
    }
}
