package org.ispc.blog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ispc.blog.clinic.ClinicFacts;
import org.ispc.blog.cms.AdminFiles;
import org.ispc.blog.content.PropertiesHeader;
import org.ispc.blog.facts.ClinicFactsLoader;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.preview.PreviewServer;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The writing tool at /admin/ as a writer uses it on their own computer: the preview (mvn -Ppreview) serves it and
 * saves what it writes into the working copy (Decap CMS's local backend, spoken by the preview server). Chromium
 * works the form; the files it leaves are checked byte for byte, and a build publishes them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WritingToolTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final Path SCREENSHOTS = PROJECT.resolve("target/screenshots");
    /** The CMS is one 5 MB script: on a busy machine Chromium takes many seconds to start it. */
    private static final Duration SLOW = Duration.ofSeconds(120);
    /** The tool's formats: articles, and data/clinic.yml. */
    private static final String ARTICLE_FORMAT = "/admin/article-format.js";

    private static final String FACTS_FORMAT = "/admin/facts-format.js";

    private Path dir;
    private TestSite site;
    private PreviewServer preview;
    private HeadlessChromium browser;
    private ChromeDriver driver;

    @BeforeAll
    void startThePreviewWithTheToolAndABrowser(@TempDir Path temp) throws Exception {
        BrowserPolicy.requireChromium();
        dir = temp;
        site = TestSite.create(dir.resolve("site"), "basic");
        TestSite.copyTree(PROJECT.resolve(AdminFiles.SOURCE), site.root().resolve(AdminFiles.SOURCE));
        TestSite.copyTree(PROJECT.resolve(AdminFiles.VENDOR), site.root().resolve(AdminFiles.VENDOR));
        writePolicyVariants(site.root().resolve(AdminFiles.SOURCE));
        preview = PreviewServer.start(site.root(), 0, TestSite.SharedAsciidoctor.get(), TestSite.CLOCK);
        browser = HeadlessChromium.start(dir.resolve("profile"));
        driver = browser.driver();
        driver.manage().timeouts().pageLoadTimeout(SLOW);
        driver.get(preview.address() + "admin/");
        // the local backend asks for no password: its sign-in page has one button
        click(until(() -> first(By.xpath("//button[normalize-space()='Login']"))));
        until(() -> first(By.xpath("//*[contains(text(), 'Posture at Work')]")));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    /** The article format, run on every article the project ships (and saved on Windows): read, then written back. */
    @Test
    @Order(1)
    void everyShippedArticleIsWrittenBackByteForByte() throws IOException {
        List<Path> articles = new ArrayList<>();
        // the shipped articles, and articles with every header JBake reads (its own key=value lines among them)
        for (Path folder : List.of(
                PROJECT.resolve("content/blog"),
                PROJECT.resolve("src/test/resources/sites/jbake-headers/content/blog"))) {
            try (Stream<Path> files = Files.list(folder)) {
                articles.addAll(files.filter(f -> f.toString().endsWith(".adoc"))
                        .sorted()
                        .toList());
            }
        }
        assertTrue(articles.size() > 15, "the shipped articles and the JBake fixtures are there");
        for (Path article : articles) {
            String text = Files.readString(article);
            assertEquals("", roundTripDifference(ARTICLE_FORMAT, text), article.toString());
            assertEquals(
                    "",
                    roundTripDifference(ARTICLE_FORMAT, text.replace("\n", "\r\n")),
                    article + ", saved on Windows");
        }
    }

    /**
     * An article written for stock JBake, with its own header (key=value lines above ~~~~~~), opens in the form with
     * its fields, and is saved in that form: a changed field rewrites its own line, a new one goes above ~~~~~~, an
     * emptied one is gone, and the build's reader of the header (PropertiesHeader) reads what the form meant. A changed
     * line changed back gives back its bytes; a field emptied and given again comes back above ~~~~~~.
     */
    @Test
    @Order(1)
    void anArticleWithJBakesOwnHeaderKeepsThatForm() throws IOException {
        String text = Files.readString(
                PROJECT.resolve("src/test/resources/sites/jbake-headers/content/blog/properties-only.adoc"));
        JsonNode fields = new ObjectMapper()
                .readTree((String) ((JavascriptExecutor) driver).executeAsyncScript("""
                        const [format, text, done] = arguments;
                        import(format).then(m => done(JSON.stringify(m.fromFile(text))), e => done(String(e)));
                        """, ARTICLE_FORMAT, text));
        assertEquals("Stretching Before a Run", fields.get("title").asText());
        assertEquals("Jane Doe, PT", fields.get("author").asText());
        assertEquals("2026-02-02", fields.get("date").asText());
        assertEquals("[\"running\",\"stretching\"]", fields.get("tags").toString());
        assertTrue(fields.get("body").asText().startsWith("\nFive minutes of gentle stretching"), fields::toString);

        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("summary", "Gentle stretches that ready the legs for a run.");
        edit.put("tags", List.of("running"));
        edit.put("author", "");
        edit.put("reviewed_by", "A. Clinician, DPT");
        String edited = savedWith(text, edit);
        assertEquals(
                text.replace("tags=running, stretching\n", "tags=running\n")
                        .replace("author=Jane Doe, PT\n", "")
                        .replace(
                                "summary=Five minutes of gentle stretching before a run.\n~~~~~~\n",
                                "summary=Gentle stretches that ready the legs for a run.\n"
                                        + "reviewed-by=A. Clinician, DPT\n~~~~~~\n"),
                edited);
        PropertiesHeader header =
                PropertiesHeader.of(edited, PropertiesHeader.Rules.JBAKE).orElseThrow();
        assertEquals(Optional.of("running"), header.value("tags"));
        assertEquals(Optional.of("A. Clinician, DPT"), header.value("reviewed-by"));
        assertEquals(Optional.empty(), header.value("author"));

        Map<String, Object> undo = new LinkedHashMap<>();
        undo.put("summary", "Five minutes of gentle stretching before a run.");
        undo.put("tags", List.of("running", "stretching"));
        undo.put("author", "Jane Doe, PT");
        undo.put("reviewed_by", null);
        String undone = savedWith(edited, undo);
        assertEquals(
                text.replace("author=Jane Doe, PT\n", "").replace("~~~~~~\n", "author=Jane Doe, PT\n~~~~~~\n"),
                undone,
                "the author removed and given again comes back above ~~~~~~");

        // a field written twice is the last line's, as JBake reads it: that line is the one the form changes
        String twice = text.replace("~~~~~~\n", "summary=Written again.\n~~~~~~\n");
        assertEquals("", roundTripDifference(ARTICLE_FORMAT, twice));
        assertEquals(
                Optional.of("Written again."),
                PropertiesHeader.of(twice, PropertiesHeader.Rules.JBAKE)
                        .orElseThrow()
                        .value("summary"));
        assertEquals(
                twice.replace("summary=Written again.\n", "summary=Changed.\n"),
                savedWith(twice, Map.of("summary", "Changed.")));
    }

    /**
     * A writer creates an article through the form: title, topics, summary, a body with {clinic-phone} and a picture
     * (uploaded, described). The file saved has the header the build expects; the last test publishes it.
     */
    @Test
    @Order(2)
    void anArticleWrittenInTheFormIsSavedAsAPersonWouldWriteItAndPublished() throws Exception {
        Path picture = dir.resolve("knee-stretch.png");
        writePicture(picture);
        newPublishedArticle("Stretches for Stiff Knees", "Three gentle stretches that ease knee stiffness at home.");
        WebElement body = control("Article");
        body.sendKeys("Stiff knees make stairs hard.\n\nCall {clinic-phone} to book a visit.\n\n");
        click(button("Add a picture"));
        WebElement upload = until(() -> first(By.cssSelector("input[type=file]")));
        browser.page().executeScript("arguments[0].style.display = 'block'", upload);
        upload.sendKeys(picture.toString());
        // the picture is kept with the article's unsaved changes ("Draft"), and saved with the article
        until(() -> first(By.xpath("//*[normalize-space()='knee-stretch.png']")));
        click(until(() -> button("Choose selected")));
        WebElement describe = until(() -> first(By.cssSelector(".describe-picture input")));
        screenshot("writing-tool-picture.png");
        describe.sendKeys("A physical therapist guiding a seated knee stretch");
        click(first(By.cssSelector("button.insert-picture")));
        screenshot("writing-tool-new-article-empty.png");
        publish();

        Path saved = site.root().resolve("content/blog/stretches-for-stiff-knees.adoc");
        until(() -> Files.exists(saved) ? Boolean.TRUE : null);
        assertEquals("""
                = Stretches for Stiff Knees
                Jane Doe, PT
                :jbake-type: post
                :jbake-status: published
                :jbake-date: 2026-11-20
                :jbake-tags: knee pain, exercise
                :jbake-summary: Three gentle stretches that ease knee stiffness at home.

                Stiff knees make stairs hard.

                Call {clinic-phone} to book a visit.

                image::knee-stretch.png[A physical therapist guiding a seated knee stretch]

                """, Files.readString(saved));
    }

    /**
     * Opening an existing article, changing one field and saving changes that line only; undoing the change and
     * saving again gives back the file as it was, byte for byte. (The tool saves only an article that differs from
     * the file: an untouched one cannot be saved at all.)
     */
    @Test
    @Order(3)
    void anArticleSavedWithItsChangeUndoneKeepsEveryByte() throws Exception {
        Path file = site.root().resolve("content/blog/posture-at-work.adoc");
        String before = Files.readString(file);
        String page = "admin/#/collections/blog/entries/posture-at-work";
        appendAndSave(page, "Summary", " Today.", file);
        String summaryLine = before.lines()
                .filter(l -> l.startsWith(":jbake-summary:"))
                .findFirst()
                .orElseThrow();
        assertEquals(before.replace(summaryLine, summaryLine + " Today."), Files.readString(file));

        // opened again, as the writer would the next day: the tool compares with the file as it opened it
        trimAndSave(page, "Summary", " Today.".length(), file);
        assertEquals(before, Files.readString(file));
    }

    /**
     * axe, every rule it has (WCAG 2.2 A/AA and its best practices: one main landmark, one h1, everything inside
     * landmarks), on the tool's list of articles, an article's form, the form of a new article and the clinic facts'
     * form.
     */
    @Test
    @Order(4)
    void axeFindsNoViolationsOnTheTool() {
        Axe axe = Axe.fromClassPath(Axe.EVERY_RULE);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("admin/#/collections/blog", "writing-tool-articles.png");
        pages.put("admin/#/collections/blog/entries/posture-at-work", "writing-tool-article.png");
        pages.put("admin/#/collections/blog/new", "writing-tool-new-article-empty.png");
        pages.put("admin/#/collections/facts/entries/clinic", "writing-tool-clinic-facts-unchanged.png");
        StringBuilder found = new StringBuilder();
        pages.forEach((page, screenshot) -> {
            open(page);
            until(() -> control("Title") != null
                            || control("Clinic name") != null
                            || first(By.xpath("//*[contains(text(), 'Posture at Work')]")) != null
                    ? Boolean.TRUE
                    : null);
            screenshot(screenshot);
            // the line the page shows while the CMS starts is gone once it has
            assertTrue(!first(By.cssSelector("#writing-tool > .starting")).isDisplayed());
            Axe.Report report = axe.check(browser.page());
            if (!report.violations().isEmpty()) {
                found.append(page).append(":\n").append(report.format()).append('\n');
            }
        });
        assertEquals("", found.toString());
    }

    /**
     * The clinic facts' format, run in the page on the shipped data/clinic.yml and on fixtures with offices (one with
     * every detail an office can have) and retired facts, each also saved on Windows: read, then written back.
     */
    @Test
    @Order(5)
    void everyClinicFactsFileIsWrittenBackByteForByte() throws IOException {
        for (Path file : List.of(
                PROJECT.resolve("data/clinic.yml"),
                PROJECT.resolve("src/test/resources/sites/basic/data/clinic.yml"),
                PROJECT.resolve("src/test/resources/sites/office-details/data/clinic.yml"))) {
            String text = Files.readString(file);
            assertEquals("", roundTripDifference(FACTS_FORMAT, text), file.toString());
            assertEquals(
                    "", roundTripDifference(FACTS_FORMAT, text.replace("\n", "\r\n")), file + ", saved on Windows");
        }
    }

    /**
     * What the office manager changes in the form reaches the file as the lines a person would write, and only
     * those: an office added with every detail, a detail removed, a number retired, a closed office listed, another
     * organisation's number dropped. The build reads the result as the form meant it, and undoing each change gives
     * back the file's bytes.
     */
    @Test
    @Order(6)
    void clinicFactsChangedInTheFormChangeOnlyTheirLines() throws IOException {
        String before = Files.readString(PROJECT.resolve("src/test/resources/sites/basic/data/clinic.yml"));
        List<Edit> edits = List.of(
                new Edit("/verified", "'2026-11-30'"),
                new Edit("/offices/0/phone", "''"),
                new Edit(
                        "/offices/-",
                        "{'id': 'bethesda', 'name': 'Bethesda', 'city': 'Bethesda', 'state': 'MD',"
                                + " 'street': '7 Example Road', 'zip': '20814', 'phone': '301-555-0130', 'fax': '301-555-0131',"
                                + " 'hours': 'Monday to Friday, 9 am to 5 pm'}"),
                new Edit("/retired/phones/-", "{'number': '703-555-0120', 'until': '2026-11-29'}"),
                new Edit("/retired/offices", "[]"),
                new Edit("/other-phones", "[]"));
        String after = factsEdited(before, edits);

        assertEquals("""
                name: Fixture Spine Clinic
                phone: "202-555-0110"
                verified: 2026-11-30
                offices:
                  - id: arlington
                    name: Arlington
                    city: Arlington
                    state: VA
                  - id: washington-dc
                    name: Washington DC
                    city: Washington
                    state: DC
                  - id: bethesda
                    name: Bethesda
                    city: Bethesda
                    state: MD
                    street: 7 Example Road
                    zip: "20814"
                    phone: "301-555-0130"
                    fax: "301-555-0131"
                    hours: Monday to Friday, 9 am to 5 pm
                retired:
                  phones:
                    - number: "202-555-0100"
                      until: 2024-03-01
                    - number: "703-555-0120"
                      until: 2026-11-29
                  offices: []
                other-phones: []
                """, after);
        ClinicFactsLoader.Loaded read = ClinicFactsLoader.parse(after, Phones.standard());
        assertEquals(List.of(), read.findings());
        ClinicFacts facts = read.facts().orElseThrow();
        assertEquals(
                "7 Example Road, Bethesda, MD 20814",
                facts.office("bethesda").orElseThrow().addressLine());
        assertEquals(2, facts.retiredPhones().size());
        assertTrue(facts.office("arlington").orElseThrow().phone().isEmpty());

        String undone = factsEdited(
                after,
                List.of(
                        new Edit("/verified", "'2026-11-01'"),
                        new Edit("/offices/0/phone", "'703-555-0120'"),
                        new Edit("/offices/2", null),
                        new Edit("/retired/phones/1", null),
                        new Edit(
                                "/retired/offices/-",
                                "{'name': 'Silver Spring', 'city': 'Silver Spring', 'state': 'MD',"
                                        + " 'closed': '2023-06-30'}"),
                        new Edit("/other-phones/-", "{'number': '988', 'label': '988 Suicide & Crisis Lifeline'}")));
        assertEquals(before, undone);
        // a value with a comment after it keeps the comment in its column; its quotes stay
        String shipped = Files.readString(PROJECT.resolve("data/clinic.yml"));
        String newNumber = factsEdited(shipped, List.of(new Edit("/phone", "'202-555-0111'")));
        assertEquals(
                shipped.replace("phone: \"202-851-7034\"          #", "phone: \"202-555-0111\"          #"), newNumber);
    }

    /** A line of the fixture's data/clinic.yml, and what it is replaced with. */
    record FactsValue(String line, String replacement) {}

    /** A change the form makes: the value at a JSON pointer ('-' adds to a list), or removes it (null). */
    record Edit(String pointer, String json) {}

    /**
     * The rules the form checks before saving are the build's: for each value, the rule ids the page reports are
     * those ClinicFactsLoader reports for the same file.
     */
    @Test
    @Order(7)
    void theFormRefusesWhatTheBuildRefusesInTheBuildsWords() throws IOException {
        String basic = Files.readString(PROJECT.resolve("src/test/resources/sites/basic/data/clinic.yml"));
        String phone = "phone: \"202-555-0110\"";
        List<FactsValue> rows = List.of(
                new FactsValue(phone, "phone: \"202-555-0110\""),
                new FactsValue(phone, "phone: \"(202) 555-0110\""),
                new FactsValue(phone, "phone: \"202.555.0110\""),
                new FactsValue(phone, "phone: \"2025550110\""),
                new FactsValue(phone, "phone: \"+1 202 555 0110\""),
                new FactsValue(phone, "phone: \"1-202-555-0110\""),
                new FactsValue(phone, "phone: \"202-555-011\""),
                new FactsValue(phone, "phone: \"555-0110\""),
                new FactsValue(phone, "phone: \"202-BAD-NUMB\""),
                new FactsValue(phone, "phone: \"202-555-0110 ext 5\""),
                new FactsValue("phone: \"703-555-0120\"", "phone: \"703-555-01\""),
                new FactsValue("verified: 2026-11-01", "verified: 2026-11-31"),
                new FactsValue("verified: 2026-11-01", "verified: 30/11/2026"),
                new FactsValue("id: washington-dc", "id: arlington"),
                new FactsValue("id: washington-dc", "id: Washington DC"),
                new FactsValue("id: washington-dc", "id: dc-"),
                new FactsValue("until: 2024-03-01", "until: 2024-3-1"),
                new FactsValue("number: \"202-555-0100\"", "number: \"202-555-01000\""),
                new FactsValue("closed: 2023-06-30", "closed: 2023-02-30"),
                new FactsValue("number: \"988\"", "number: \"none\""));
        StringBuilder differ = new StringBuilder();
        for (FactsValue row : rows) {
            assertTrue(basic.contains(row.line()), row.toString());
            String file = basic.replaceFirst(java.util.regex.Pattern.quote(row.line()), row.replacement());
            List<String> build = ClinicFactsLoader.parse(file, Phones.standard()).findings().stream()
                    .map(f -> f.rule() + " " + f.message())
                    .toList();
            String page = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                            const [text, done] = arguments;
                            Promise.all([import('/admin/facts-format.js'), import('/admin/facts-rules.js')]).then(
                              ([format, rules]) => done(rules.factsProblems(format.fromFile(text))
                                .map(p => p.rule + ' ' + p.message).join('\\n')),
                              e => done('failed: ' + e));
                            """, file);
            List<String> tool = page.isEmpty() ? List.of() : List.of(page.split("\n"));
            if (!tool.equals(build)) {
                differ.append(row)
                        .append(": build ")
                        .append(build)
                        .append(", tool ")
                        .append(tool)
                        .append('\n');
            }
        }
        assertEquals("", differ.toString());
    }

    /**
     * The office manager opens the clinic facts in the tool, changes the clinic's name and saves: that line alone
     * changes. Changed back and saved, the file has its bytes again. An office id given twice is refused at the save,
     * in the build's words, and the file is left as it was.
     */
    @Test
    @Order(8)
    void theClinicFactsFormKeepsTheFileAndRefusesWhatTheBuildWould() throws Exception {
        Path file = site.root().resolve("data/clinic.yml");
        String before = Files.readString(file);
        String page = "admin/#/collections/facts/entries/clinic";
        appendAndSave(page, "Clinic name", " Group", file);
        assertEquals(
                before.replace("name: Fixture Spine Clinic\n", "name: Fixture Spine Clinic Group\n"),
                Files.readString(file));

        trimAndSave(page, "Clinic name", " Group".length(), file);
        assertEquals(before, Files.readString(file));

        open(page);
        screenshot("writing-tool-clinic-facts.png");
        // an office shows as one line until its arrow button, the first in its bar, opens it
        click(until(() -> first(By.xpath("//*[normalize-space(text())='Washington DC (Washington, DC)']"
                + "/ancestor::*[.//button][1]//button[1]"))));
        WebElement id = until(() -> controlWithValue("washington-dc"));
        id.sendKeys(Keys.chord(Keys.CONTROL, "a"), "arlington");
        publish();
        until(() -> first(By.xpath("//*[contains(., \"office id 'arlington' is used twice; give each office its own id"
                + " [facts/duplicate-office]\")]")));
        screenshot("writing-tool-clinic-facts-refused.png");
        assertEquals(before, Files.readString(file));
    }

    /**
     * A build publishes the article written in the form, with the number and the picture. The last test, after the
     * preview stops: the preview holds JBake, one per JVM, until then.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theArticleWrittenInTheFormIsPublishedByTheBuild() throws IOException {
        preview.close();
        assertTrue(
                Files.isRegularFile(site.root().resolve("content/blog/stretches-for-stiff-knees.adoc")),
                "saved by the form");

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> "the build did not publish: " + outcome.findings());
        String page = Files.readString(site.www().resolve("blog/stretches-for-stiff-knees/index.html"));
        assertTrue(page.contains("202-555-0110"), "the fixture's clinic phone, from data/clinic.yml: " + page);
        assertTrue(page.contains("alt=\"A physical therapist guiding a seated knee stretch\""), page);
        assertTrue(Files.isRegularFile(site.root().resolve("assets/images/knee-stretch.png")));
    }

    /**
     * The file after the form's values, as the format reads them from {@code text}, are changed by {@code edits} and
     * saved by the format (the values are changed here, not by script in the page, which the tool's policy forbids).
     */
    private String factsEdited(String text, List<Edit> edits) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);
        JsonNode data =
                json.readTree((String) ((JavascriptExecutor) driver).executeAsyncScript("""
                        const [format, text, done] = arguments;
                        import(format).then(m => done(JSON.stringify(m.fromFile(text))),
                          e => done(JSON.stringify({failed: String(e)})));
                        """, FACTS_FORMAT, text));
        for (Edit edit : edits) {
            String parent = edit.pointer().substring(0, edit.pointer().lastIndexOf('/'));
            String last = edit.pointer().substring(edit.pointer().lastIndexOf('/') + 1);
            JsonNode holder = parent.isEmpty() ? data : data.at(parent);
            JsonNode value = edit.json() == null ? null : json.readTree(edit.json());
            if (holder instanceof ArrayNode list) {
                if (value == null) {
                    list.remove(Integer.parseInt(last));
                } else if (last.equals("-")) {
                    list.add(value);
                } else {
                    list.set(Integer.parseInt(last), value);
                }
            } else if (value == null) {
                ((ObjectNode) holder).remove(last);
            } else {
                ((ObjectNode) holder).set(last, value);
            }
        }
        String written = (String)
                ((JavascriptExecutor) driver).executeAsyncScript("""
                        const [format, data, done] = arguments;
                        import(format).then(m => done(JSON.stringify(m.toFile(JSON.parse(data)))),
                          e => done(JSON.stringify('failed: ' + e)));
                        """, FACTS_FORMAT, json.writeValueAsString(data));
        return json.readValue(written, String.class);
    }

    /** Opens {@code page}, types {@code added} at the end of the field {@code label}, and saves into {@code file}. */
    private void appendAndSave(String page, String label, String added, Path file) throws IOException {
        open(page);
        until(() -> control(label)).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), added);
        publishAndWaitFor(file);
    }

    /** Opens {@code page}, deletes the last {@code count} characters of the field {@code label}, and saves. */
    private void trimAndSave(String page, String label, int count, Path file) throws IOException {
        open(page);
        WebElement field = until(() -> control(label));
        field.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        for (int i = 0; i < count; i++) {
            field.sendKeys(Keys.BACK_SPACE);
        }
        publishAndWaitFor(file);
    }

    /**
     * The preview pane lists what the build's lint will say about the text as the writer types (rule id, line, the
     * build's words, how to fix it), readable by everyone (axe, inside the pane); once saved, the pane lists what the
     * preview's build found in the saved file (the same finding, at the same line, in the same words), and its link
     * leads to the article's page in the preview, whose panel lists it too.
     */
    @Test
    @Order(9)
    void theLintsFindingsShowWhileWritingAndTheBuildsOnceSaved() throws Exception {
        newPublishedArticle("Knee Pain Basics", "Why knees ache, and what helps.");
        control("Article").sendKeys("Stretch the the knee gently every morning.\n");

        WebElement frame = until(() -> first(By.id("preview-pane")));
        driver.switchTo().frame(frame);
        WebElement finding = until(() -> first(By.cssSelector(".typed-findings li[data-rule='lint/repeated-word']")));
        String where = finding.findElement(By.tagName("p")).getText();
        String message = finding.findElement(By.cssSelector(".message")).getText();
        assertEquals("Warning on line 9, column 13", where);
        assertEquals("'the the': the word 'the' is written twice in a row; delete one of them", message);
        assertTrue(finding.getText().contains("the the knee"), "the line's text, to find it by: " + finding.getText());
        Axe.Report insidePane = Axe.fromClassPath(Axe.WCAG_22_AA).check(browser.page());
        driver.switchTo().defaultContent();
        screenshot("writing-tool-lint.png");
        assertEquals("", insidePane.format());

        publish();
        Path saved = site.root().resolve("content/blog/knee-pain-basics.adoc");
        until(() -> Files.exists(saved) ? Boolean.TRUE : null);
        until(() -> first(By.xpath("//*[normalize-space()='Changes saved']")));
        // the preview builds the saved file by itself; the pane asks it what it found there
        driver.switchTo().frame(until(() -> first(By.id("preview-pane"))));
        WebElement reported = until(() -> first(By.cssSelector(".saved-report li[data-rule='lint/repeated-word']")));
        assertEquals(
                "Warning on line 9, column 13",
                reported.findElement(By.tagName("p")).getText());
        assertEquals(message, reported.findElement(By.cssSelector(".message")).getText());
        Axe.Report withTheBuilds = Axe.fromClassPath(Axe.WCAG_22_AA).check(browser.page());
        WebElement link = first(By.cssSelector(".lint-findings a.saved-findings"));
        driver.switchTo().defaultContent();
        screenshot("writing-tool-saved-findings.png");
        assertEquals("", withTheBuilds.format());

        // its link opens the article's page in the preview, with the build's panel
        driver.switchTo().frame(first(By.id("preview-pane")));
        String tab = driver.getWindowHandle();
        click(link);
        String opened = until(() -> driver.getWindowHandles().stream()
                .filter(h -> !h.equals(tab))
                .findFirst()
                .orElse(null));
        driver.switchTo().window(opened);
        try {
            WebElement panel = until(() -> {
                WebElement p = first(By.id("preview-findings"));
                return p != null && p.getText().contains("lint/repeated-word") ? p : null;
            });
            String text = panel.getText();
            assertTrue(driver.getCurrentUrl().endsWith("/blog/knee-pain-basics/"), driver.getCurrentUrl());
            assertTrue(text.contains("content/blog/knee-pain-basics.adoc:9:13"), text);
            assertTrue(text.contains(message), text);
        } finally {
            driver.close();
            driver.switchTo().window(tab);
        }
    }

    /** Opens the form for a new article and fills its header: by Jane Doe, PT, published on 2026-11-20, two topics. */
    private void newPublishedArticle(String title, String summary) {
        open("admin/#/collections/blog/new");
        until(() -> control("Title")).sendKeys(title);
        control("Author").sendKeys("Jane Doe, PT");
        WebElement status = control("Status");
        browser.page().executeScript("arguments[0].scrollIntoView({block: 'center'})", status);
        status.sendKeys("Published", Keys.ENTER);
        // a date field takes its value in one piece (typed digit by digit, the CMS reformats it between keys)
        fill(control("Date"), "2026-11-20");
        control("Topics").sendKeys("knee pain, exercise");
        control("Summary").sendKeys(summary);
    }

    /**
     * Each allowance the tool's policy makes beyond the site's is one the pinned Decap CMS needs: the tool is opened
     * under the policy less that allowance (a second policy in the page, which the browser enforces as well), and the
     * browser refuses what the CMS does, in the directive named. Without 'unsafe-eval' the CMS cannot check its
     * configuration (its validator compiles code at run time) and shows no form; without 'unsafe-inline' for styles
     * the form appears, but the style elements the CMS writes at run time (Emotion, its notices) are refused and it is
     * shown unstyled (target/screenshots/writing-tool-without-inline-style.png).
     */
    @Test
    @Order(10)
    void eachAllowanceOfTheToolsPolicyIsNeededByTheCms() {
        StringBuilder found = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (PolicyVariant variant : PolicyVariant.values()) {
            freshTab();
            // the page notes what its policies refused (a script given this way is not itself subject to them)
            driver.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument",
                    java.util.Map.of(
                            "source",
                            "window.refused = []; document.addEventListener('securitypolicyviolation', e =>"
                                    + " window.refused.push(e.effectiveDirective + ' ' + (e.blockedURI || e.sample)));"));
            driver.get(preview.address() + "admin/" + variant.page() + "#/collections/blog/entries/posture-at-work");
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            boolean form = false;
            while (System.nanoTime() < end && !form) {
                form = control("Title") != null && first(By.id("preview-pane")) != null;
                sleep();
            }
            screenshot("writing-tool-" + variant.page().replace(".html", ".png"));
            @SuppressWarnings("unchecked")
            List<String> refused = (List<String>) browser.page().executeScript("return window.refused");
            boolean unstyled = (Boolean) browser.page()
                    .executeScript(
                            "return [...document.querySelectorAll('style')].some(s => !s.sheet && s.textContent)");
            found.append(variant)
                    .append(form ? (unstyled ? ": form unstyled" : ": form") : ": no form")
                    .append(", refused ")
                    .append(new java.util.TreeSet<>(refused))
                    .append('\n');
            expected.append(variant).append(variant.outcome()).append('\n');
        }
        assertEquals(expected.toString(), found.toString());
    }

    private void publishAndWaitFor(Path file) throws IOException {
        long modified = Files.getLastModifiedTime(file).toMillis();
        String text = Files.readString(file);
        publish();
        until(() ->
                uncheckedModified(file) != modified || !text.equals(new String(readAll(file), StandardCharsets.UTF_8))
                        ? Boolean.TRUE
                        : null);
        // the save is written in one step (a temporary file moved into place), then the CMS shows it as saved
        until(() -> first(By.xpath("//*[normalize-space()='Changes saved']")));
    }

    /** Opens a page of the tool afresh, leaving the one open even if it has unsaved changes. */
    private void open(String path) {
        freshTab();
        driver.get(preview.address() + path);
    }

    /** Leaves the open tab for a new one: the CMS asks before a page with unsaved changes is left, or reloaded. */
    private void freshTab() {
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
    }

    /** Gives a form field its value at once, as the browser does when a writer picks a day from the calendar. */
    private void fill(WebElement field, String value) {
        browser.page()
                .executeScript(
                        "const [field, value] = arguments;"
                                + " Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(field, value);"
                                + " field.dispatchEvent(new Event('input', {bubbles: true}));"
                                + " field.dispatchEvent(new Event('change', {bubbles: true}));",
                        field,
                        value);
    }

    private void publish() {
        // the CMS's menu button is an element with the role of a button, not a <button>
        click(until(() -> (WebElement) browser.page()
                .executeScript("return [...document.querySelectorAll('[role=button]')]"
                        + ".find(b => b.textContent.trim() === 'Publish' && b.offsetParent !== null) || null")));
        click(until(() -> (WebElement) browser.page()
                .executeScript("return [...document.querySelectorAll('[role=menuitem], [role=button], button')]"
                        + ".find(b => b.textContent.trim() === 'Publish now') || null")));
    }

    /** The visible button whose words are {@code words}. */
    private WebElement button(String words) {
        return (WebElement) browser.page()
                .executeScript(
                        "return [...document.querySelectorAll('button')]"
                                + ".find(b => b.textContent.trim() === arguments[0] && b.offsetParent !== null) || null",
                        words);
    }

    /**
     * Reads and writes {@code text} with one of the tool's formats in the page; returns where the result first differs, or
     * nothing (compared in the page: text passed back through the driver may have its line ends changed).
     */
    /** The article format in the page: {@code text} read, the fields in {@code changes} set (null: taken out), written. */
    private String savedWith(String text, Map<String, Object> changes) throws IOException {
        return (String) ((JavascriptExecutor) driver)
                .executeAsyncScript("""
                const [format, text, changes, done] = arguments;
                import(format).then(m => {
                  const data = m.fromFile(text);
                  for (const [field, value] of Object.entries(JSON.parse(changes))) {
                    if (value === null) delete data[field]; else data[field] = value;
                  }
                  done(m.toFile(data));
                }, e => done('failed: ' + e));
                """, ARTICLE_FORMAT, text, new ObjectMapper().writeValueAsString(changes));
    }

    private String roundTripDifference(String format, String text) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                        const [format, text, done] = arguments;
                        import(format).then(m => {
                          const back = m.toFile(m.fromFile(text));
                          let i = 0;
                          while (i < text.length && text[i] === back[i]) i++;
                          done(back === text ? '' : 'differs at ' + i + ': ' + JSON.stringify(back.slice(i, i + 60)));
                        }, e => done('failed: ' + e));
                        """, format, text);
    }

    /** The visible text field holding {@code value}. */
    private WebElement controlWithValue(String value) {
        return (WebElement) browser.page()
                .executeScript(
                        "return [...document.querySelectorAll('input')]"
                                + ".find(i => i.value === arguments[0] && i.offsetParent !== null) || null",
                        value);
    }

    /** The form control a label names ("Title", "Topics (optional)" is found by "Topics"). */
    private WebElement control(String label) {
        WebElement l = first(By.xpath("//label[starts-with(normalize-space(), '" + label + "')]"));
        if (l == null) {
            return null;
        }
        String id = l.getAttribute("for");
        return id == null ? null : first(By.id(id));
    }

    private WebElement first(By by) {
        List<WebElement> found = driver.findElements(by);
        return found.isEmpty() ? null : found.get(0);
    }

    private void click(WebElement element) {
        browser.page().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void screenshot(String name) {
        browser.screenshot(SCREENSHOTS.resolve(name));
    }

    private <T> T until(java.util.function.Supplier<T> found) {
        long end = System.nanoTime() + SLOW.toNanos();
        while (true) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > end) {
                screenshot("writing-tool-timed-out.png");
                StringBuilder console = new StringBuilder();
                driver.manage()
                        .logs()
                        .get("browser")
                        .getAll()
                        .forEach(e -> console.append(e).append('\n'));
                throw new AssertionError("the writing tool did not get there (see the stack trace's line); console:\n"
                        + console + "page text:\n" + browser.page().executeScript("return document.body.innerText"));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The tool's policy less one allowance, in a page of its own. */
    enum PolicyVariant {
        WITHOUT_UNSAFE_EVAL(
                "script-src 'self' 'unsafe-eval'", "script-src 'self'", ": no form, refused [script-src eval]"),
        WITHOUT_INLINE_STYLE(
                "style-src 'self' 'unsafe-inline'",
                "style-src 'self'",
                ": form unstyled, refused [style-src-elem inline]");

        private final String allowance;
        private final String without;
        private final String outcome;

        PolicyVariant(String allowance, String without, String outcome) {
            this.allowance = allowance;
            this.without = without;
            this.outcome = outcome;
        }

        /** What the browser does to the CMS under this policy. */
        String outcome() {
            return outcome;
        }

        String page() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".html";
        }

        /** The policy as a page may state it (a page cannot state frame-ancestors). */
        String policy() {
            return AdminFiles.CONTENT_SECURITY_POLICY
                    .replace(allowance, without)
                    .replace("; frame-ancestors 'none'", "");
        }
    }

    private static void writePolicyVariants(Path admin) throws IOException {
        String index = Files.readString(admin.resolve("index.html"));
        for (PolicyVariant variant : PolicyVariant.values()) {
            Files.writeString(
                    admin.resolve(variant.page()),
                    index.replace(
                            "<head>\n",
                            "<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"" + variant.policy()
                                    + "\">\n"));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long uncheckedModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePicture(Path png) throws IOException {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b, 0x5c, 0x8c));
        g.fillRect(0, 0, 640, 400);
        g.setColor(Color.WHITE);
        g.fillOval(220, 100, 200, 200);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }
}
