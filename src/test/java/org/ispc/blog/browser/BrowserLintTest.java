package org.ispc.blog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ispc.blog.cms.AdminFiles;
import org.ispc.blog.lint.BrowserLintRules;
import org.ispc.blog.lint.LintExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writing tool's lint (admin/lint.js, run by the preview pane as the writer types) finds what the build's lint
 * finds: the same rule ids, lines, columns and words, on every example of every rule it runs, on every article the
 * project ships, and on a few slips pasted from a word processor. Which rules it runs is a decision written here:
 * a lint rule added to the build without one fails {@link #everyLintRuleIsDecidedForTheBrowser}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserLintTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final int REVIEW_MAX_AGE_MONTHS = 12;
    private static final String SITE_ZONE = "America/New_York";

    /** The rules the browser runs: everything one article's text shows. */
    static final Set<String> IN_BROWSER = Set.of(
            "lint/missing-title",
            "lint/long-title",
            "lint/missing-date",
            "lint/long-summary",
            "lint/summary-markup",
            "lint/no-tags",
            "lint/topic-format",
            "lint/no-author",
            "lint/empty-article",
            "lint/glued-header",
            "lint/replacement-char",
            "lint/control-char",
            "lint/foreign-script",
            "lint/mojibake",
            "lint/placeholder",
            "lint/no-break-space",
            "lint/table-cells",
            "lint/setting-line",
            "lint/glued-block",
            "lint/indented-text",
            "lint/missing-list",
            "lint/heading-skip",
            "lint/empty-heading",
            "lint/image-alt",
            "lint/image-comma",
            "lint/vague-link-text",
            "lint/markdown",
            "lint/html-tag",
            "lint/word-list",
            "lint/repeated-word",
            "lint/review-incomplete",
            "lint/review-future",
            "lint/review-due",
            "lint/updated-before-date",
            "lint/updated-future");

    /** The rules it does not run, and why: the build reports them when the article is saved. */
    static final Map<String, String> NOT_IN_BROWSER = Map.of(
            "lint/missing-summary",
                    "its message quotes the opening the build makes the summary of (LeadSummary, from the converted"
                            + " text); the form asks for a summary anyway",
            "lint/duplicate-title", "needs every article of the site",
            "lint/duplicate-slug", "needs every article of the site");

    private Path dir;

    private SiteServer server;
    private HeadlessChromium browser;

    @BeforeAll
    void keepAFolder(@TempDir Path temp) {
        // the browser, started by the first test that needs it, keeps its profile here until all have run
        dir = temp;
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyLintRuleIsDecidedForTheBrowser() throws IOException {
        Set<String> decided = new TreeSet<>(IN_BROWSER);
        decided.addAll(NOT_IN_BROWSER.keySet());
        assertEquals(
                new TreeSet<>(LintExamples.ruleIds()),
                decided,
                "a lint rule was added or removed: put it in IN_BROWSER (and admin/lint.js) or in NOT_IN_BROWSER");
        assertTrue(IN_BROWSER.stream().noneMatch(NOT_IN_BROWSER::containsKey));
        // the rules the browser runs take their words from the build: each has its messages in lint-rules.json
        JsonNode rules = new ObjectMapper()
                .readTree(BrowserLintRules.json(REVIEW_MAX_AGE_MONTHS, SITE_ZONE))
                .get("rules");
        for (String id : IN_BROWSER) {
            assertTrue(rules.get(id).get("messages").size() > 0, id + " has no messages for the browser");
        }
    }

    @Test
    void theBrowserRunsExactlyTheRulesDecidedForIt() {
        @SuppressWarnings("unchecked")
        List<String> running = (List<String>) page().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/admin/lint.js').then(m => done(m.RULES_IN_BROWSER), e => done(['failed: ' + e]));
                """);
        assertEquals(new TreeSet<>(IN_BROWSER), new TreeSet<>(running));
    }

    /**
     * The browser's lint judges dates by the site's day, as the build does (SiteSettings, site.timezone): at 22:30 in
     * Washington on 1 June it is already 2 June in UTC, and in Tokyo. The tool reads the zone from lint-rules.json.
     */
    @Test
    void theBrowsersDayIsTheSitesDay() throws IOException {
        @SuppressWarnings("unchecked")
        List<String> days = (List<String>) page().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const evening = new Date('2026-06-02T02:30:00Z');
                import('/admin/lint.js').then(m => done(['America/New_York', 'UTC', 'Asia/Tokyo']
                  .map(zone => m.todayIn(zone, evening))), e => done(['failed: ' + e]));
                """);
        assertEquals(List.of("2026-06-01", "2026-06-02", "2026-06-02"), days);
        assertEquals(
                SITE_ZONE,
                new ObjectMapper()
                        .readTree(BrowserLintRules.json(REVIEW_MAX_AGE_MONTHS, SITE_ZONE))
                        .at("/values/timezone")
                        .asText());
    }

    @Test
    void everyExampleOfEveryRuleGivesTheBuildsFindingsInTheBrowser() {
        assertSameFindings(LintExamples.examples(IN_BROWSER, TODAY, REVIEW_MAX_AGE_MONTHS));
    }

    @Test
    void everyShippedArticleAndPastedSlipsGiveTheBuildsFindingsInTheBrowser() throws IOException {
        List<LintExamples.Case> cases = new ArrayList<>();
        // the shipped articles, and articles with every header JBake reads (its own key=value lines among them)
        for (Path folder : List.of(
                PROJECT.resolve("content/blog"),
                PROJECT.resolve("src/test/resources/sites/jbake-headers/content/blog"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path article : files.filter(f -> f.toString().endsWith(".adoc"))
                        .sorted()
                        .toList()) {
                    cases.add(lint(article.getFileName().toString(), Files.readString(article)));
                }
            }
        }
        cases.add(lint("the seed's slips", """
                = Back Pain, Explained
                ISPPC Patient Education Team
                :jbake-type: post
                :jbake-status: published
                :jbake-date: 2026-01-10
                :jbake-tags: back pain; posture
                :jbake-summary: Why *backs* hurt.
                :jbake-reviewed-by: A. Clinician, DPT
                :jbake-reviewed-on: 2024-02-29
                :jbake-updated: 2025-12-01

                Common causes of back pain include:

                Back pain \u4e00 the most common complaint \u4e00 is rarely serious. Don\u00e2\u20ac\u2122t worry.

                === Causes

                ==\u00a0When to see a specialist

                image::spine.jpg[A spine model, seen from the side]
                image::x.jpg[]

                Read the the guide xref:sciatica.adoc[here] or <b>now</b>, TODO.
                \u2022 rest
                \u2022 ice

                :Tip: drink water before bed.

                   Indented text.

                |===
                |Position |Why
                |On your side
                |===
                """));
        cases.add(lint("saved on Windows", "= Knee Pain\r\n\r\nA line with a tab\u0007 and the the word.\r\n"));
        cases.add(lint("a draft with a placeholder", """
                = TODO
                :jbake-type: post
                :jbake-status: draft
                :jbake-tags: #knees
                :jbake-summary: TODO

                TODO: the first paragraph.
                """));
        assertSameFindings(cases);
    }

    private static LintExamples.Case lint(String name, String text) {
        return LintExamples.lint(name, text, IN_BROWSER, TODAY, REVIEW_MAX_AGE_MONTHS);
    }

    /** Runs admin/lint.js on every case in one go, and compares with the build's findings case by case. */
    private void assertSameFindings(List<LintExamples.Case> cases) {
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) page().executeAsyncScript(
                        """
                        const [texts, rules, today, done] = arguments;
                        import('/admin/lint.js').then(m => {
                          done(texts.map(text => {
                            try {
                              return m.lint(text, JSON.parse(rules), today).map(f =>
                                f.line + ':' + f.column + ': ' + f.level + ': ' + f.message + ' [' + f.rule + ']');
                            } catch (e) {
                              return 'failed: ' + e + '\\n' + e.stack;
                            }
                          }));
                        }, e => done('failed: ' + e));
                        """,
                        cases.stream().map(LintExamples.Case::text).toList(),
                        BrowserLintRules.json(REVIEW_MAX_AGE_MONTHS, SITE_ZONE),
                        TODAY.toString());
        if (!(found instanceof List)) {
            fail(String.valueOf(found));
        }
        StringBuilder differences = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            LintExamples.Case expected = cases.get(i);
            Object browser = found.get(i);
            if (!expected.findings().equals(browser)) {
                differences
                        .append(expected.name())
                        .append(":\n  build:   ")
                        .append(String.join("\n           ", expected.findings()))
                        .append("\n  browser: ")
                        .append(
                                browser instanceof List<?> list
                                        ? String.join(
                                                "\n           ",
                                                list.stream()
                                                        .map(String::valueOf)
                                                        .toList())
                                        : String.valueOf(browser))
                        .append('\n');
            }
        }
        assertEquals("", differences.toString());
    }

    /** A page of a folder holding the tool's lint, served as the site serves it, in Chromium. */
    private org.openqa.selenium.JavascriptExecutor page() {
        if (browser == null) {
            BrowserPolicy.requireChromium();
            try {
                Path admin = Files.createDirectories(dir.resolve("site").resolve(AdminFiles.SOURCE));
                Files.copy(PROJECT.resolve(AdminFiles.SOURCE).resolve("lint.js"), admin.resolve("lint.js"));
                Files.writeString(admin.resolve("index.html"), "<!DOCTYPE html><title>lint</title>");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            server = SiteServer.start(dir.resolve("site"));
            browser = HeadlessChromium.start(dir.resolve("profile"));
            browser.open(server.url("/admin/index.html"));
        }
        return browser.page();
    }
}
