package org.ispc.blog.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer on two saved pages of the old site: the seed article in markup of our own with the old site's
 * chrome around it, and a page with every structure an article has. Each import is baked in a fixture site.
 */
class OldPageImportTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final Path PAGES = PROJECT.resolve("src/test/resources/import");

    private static final String SEED_PAGE = "old/lower-back-pain-and-numbness-in-my-feet.html";
    private static final String SEED_ARTICLE = "content/blog/lower-back-pain-and-numbness-in-my-feet-what-is-the.adoc";
    private static final String SEED_OLD_ADDRESS =
            "/blog/lower-back-pain-and-numbness-in-my-feet-what-is-the-connection";

    private static final String EVERY_PAGE = "old/every-structure/Sciatica at Work_ Fixture Spine Clinic.html";
    private static final String EVERY_ARTICLE = "content/blog/sciatica-at-work-7-tips-for-desk-days.adoc";

    @TempDir
    Path dir;

    /** The fixture site with the clinic's real facts (the seed types its real number) and the saved seed page. */
    private TestSite seedSite() throws IOException {
        TestSite site = TestSite.create(dir, "basic");
        copy(PROJECT.resolve("data/clinic.yml"), site.root().resolve("data/clinic.yml"));
        copy(
                PAGES.resolve("lower-back-pain-and-numbness-in-my-feet.html"),
                site.root().resolve(SEED_PAGE));
        return site;
    }

    /** The fixture site (its own clinic) with the saved page of every structure and its pictures folder. */
    private TestSite everyStructureSite() throws IOException {
        TestSite site = TestSite.create(dir, "basic");
        Path from = PAGES.resolve("every-structure");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                copy(
                        f,
                        site.root()
                                .resolve("old/every-structure")
                                .resolve(from.relativize(f).toString()));
            }
        }
        return site;
    }

    private static OldPageImport.Result importInto(TestSite site, String from) throws OldPageImport.Refused {
        return new OldPageImport(site.root(), TestSite.CLOCK, Phones.standard()).run(Path.of(from));
    }

    @Test
    void theSeedPageBecomesADraftWithItsTextAndNoneOfTheOldSitesChrome() throws Exception {
        TestSite site = seedSite();
        String redirectsBefore = "# Old addresses.\n- from: /blog/old-sciatica-address\n  to: /blog/sciatica-basics/";
        site.write("data/redirects.yml", redirectsBefore);

        OldPageImport.Result result = importInto(site, "old");

        assertEquals(
                List.of(new OldPageImport.Imported(SEED_PAGE, SEED_ARTICLE, SEED_OLD_ADDRESS, List.of())),
                result.imported());
        assertEquals(expected("lower-back-pain-and-numbness-in-my-feet-what-is-the.adoc"), site.read(SEED_ARTICLE));
        // the empty list after "including:" is the old page's own defect: kept, and said at its line
        assertEquals(
                List.of(SEED_PAGE + ":62: warning: a list with no items stands here in the old page; it was left out,"
                        + " and the sentence before it stays as it was: write the items the old page lost"
                        + " [import/empty-list]"),
                result.warnings().stream().map(Finding::format).toList());
        assertEquals(
                redirectsBefore + "\n- from: " + SEED_OLD_ADDRESS + "\n"
                        + "  to: /blog/lower-back-pain-and-numbness-in-my-feet-what-is-the/\n",
                site.read("data/redirects.yml"));
    }

    @Test
    void theImportedSeedIsReportedAtItsDefectsLinesAndBakesOnceTheyAreFixed() throws Exception {
        TestSite site = seedSite();
        importInto(site, SEED_PAGE);
        int dashes = site.lineOf(SEED_ARTICLE, "many causes 一");
        int moreDashes = site.lineOf(SEED_ARTICLE, "in many ways 一");
        int including = site.lineOf(SEED_ARTICLE, "including:");
        List<String> defects = List.of(
                dashes + " lint/foreign-script",
                dashes + " lint/foreign-script",
                moreDashes + " lint/foreign-script",
                including + " lint/missing-list");

        // the writer works on the draft in the preview, which shows the old page's two defects at their lines
        SiteBuild.Outcome preview = site.preview();

        assertEquals(defects, errors(preview), () -> "findings: " + preview.findings());

        // mvn package leaves the draft out, and its old address waits for it
        SiteBuild.Outcome draft = site.build();

        assertTrue(draft.published(), () -> "findings: " + draft.findings());
        assertFalse(Files.exists(site.www().resolve("blog/lower-back-pain-and-numbness-in-my-feet-what-is-the")));
        assertFalse(site.read(SiteBuild.WWW + "/_redirects").contains(SEED_OLD_ADDRESS));
        assertEquals(
                List.of("data/redirects.yml:1:3: warning: '/blog/lower-back-pain-and-numbness-in-my-feet-what-is-the/'"
                        + " is " + SEED_ARTICLE + ", a draft; " + SEED_OLD_ADDRESS + " is redirected there from the"
                        + " first build that publishes it [redirects/unpublished-target]"),
                draft.findings().stream()
                        .filter(f -> f.rule().family().equals("redirects"))
                        .map(Finding::format)
                        .toList());

        // set to published as it came, it does not bake: the same two defects stop it
        site.write(
                SEED_ARTICLE,
                site.read(SEED_ARTICLE)
                        .replace(":jbake-status: draft", ":jbake-status: published")
                        .replace("TODO first topic, TODO second topic", "lower back pain, nerve pain"));

        SiteBuild.Outcome unfixed = site.build();

        assertFalse(unfixed.published());
        assertEquals(defects, errors(unfixed), () -> "findings: " + unfixed.findings());

        site.write(
                SEED_ARTICLE,
                site.read(SEED_ARTICLE)
                        .replace(" 一 ", " -- ")
                        .replace(
                                "including:\n",
                                "including:\n\n* Physical therapy\n* Epidural steroid injections\n* Nerve blocks\n"));

        SiteBuild.Outcome fixed = site.build();

        assertTrue(fixed.published(), () -> "findings: " + fixed.findings());
        assertEquals(List.of(), errors(fixed));
        Document page = Jsoup.parse(
                site.read(SiteBuild.WWW + "/blog/lower-back-pain-and-numbness-in-my-feet-what-is-the/index.html"));
        String article = page.select("main").text();
        assertTrue(article.contains("give us a call at 202-851-7034."), article);
        assertTrue(article.contains("in our Arlington, Virginia, or Washington DC office."), article);
        assertTrue(article.contains("Here at International Spine Pain & Performance Center, our team"), article);
        // " -- " is AsciiDoc's em dash, set between thin spaces
        assertTrue(
                article.contains(
                        "many causes\u2009\u2014\u2009and many different treatment options\u2009\u2014\u2009but"),
                article);
        assertTrue(site.read(SiteBuild.WWW + "/_redirects")
                .contains(SEED_OLD_ADDRESS + " /blog/lower-back-pain-and-numbness-in-my-feet-what-is-the/ 301"));
    }

    @Test
    void aPageWithEveryStructureKeepsItAndSaysWhatItLeftOut() throws Exception {
        TestSite site = everyStructureSite();

        OldPageImport.Result result = importInto(site, "old/every-structure");

        assertEquals(
                List.of(new OldPageImport.Imported(
                        EVERY_PAGE,
                        EVERY_ARTICLE,
                        "/blog/sciatica-at-work-tips",
                        List.of("assets/images/desk-stretch-1.jpg", "assets/images/nerve-diagram.png"))),
                result.imported());
        assertEquals(expected("sciatica-at-work-7-tips-for-desk-days.adoc"), site.read(EVERY_ARTICLE));
        assertArrayEquals(
                Files.readAllBytes(PAGES.resolve(
                        "every-structure/Sciatica at Work_ Fixture Spine Clinic_files/" + "Desk Stretch (1).jpg")),
                Files.readAllBytes(site.root().resolve("assets/images/desk-stretch-1.jpg")));
        assertEquals(
                List.of(
                        "43 import/old-site-link",
                        "46 import/not-converted",
                        "51 import/not-converted",
                        "58 import/remote-picture",
                        "60 import/missing-picture"),
                result.warnings().stream()
                        .map(f -> f.at().line() + " " + f.rule())
                        .toList());
        assertTrue(result.warnings().stream().allMatch(f -> f.at().path().equals(EVERY_PAGE)));
    }

    @Test
    void thePageWithEveryStructureBakesAsTheOldPageShowedIt() throws Exception {
        TestSite site = everyStructureSite();
        importInto(site, EVERY_PAGE);
        site.write(EVERY_ARTICLE, site.read(EVERY_ARTICLE).replace(":jbake-status: draft", ":jbake-status: published"));

        SiteBuild.Outcome outcome = site.build();

        assertTrue(outcome.published(), () -> "findings: " + outcome.findings());
        assertEquals(List.of(), errors(outcome));
        Document page =
                Jsoup.parse(site.read(SiteBuild.WWW + "/blog/sciatica-at-work-7-tips-for-desk-days/index.html"));
        assertEquals("Sciatica at Work: 7 Tips for Desk Days", page.select("h1").text());
        assertEquals(
                List.of("Set up your desk", "Move every half hour", "What the numbers say", "When to see a specialist"),
                page.select("main h2, main h3, main h4").eachText().stream()
                        .filter(h -> !h.equals("You might also enjoy") && !h.startsWith("Related"))
                        .limit(4)
                        .toList());
        assertEquals("sciatica", page.select("main p strong").first().text());
        assertEquals("small changes", page.select("main p em").first().text());
        assertEquals(
                "use a wrist rest only while pausing",
                page.select("main ol > li ul > li ul > li").text());
        assertEquals(
                List.of(
                        "A seated hamstring stretch, done at the desk",
                        "The sciatic nerve runs from the lower back down each leg"),
                page.select("main img[alt]").eachAttr("alt").stream().distinct().toList());
        assertEquals(
                "https://www.ninds.nih.gov/health-information/disorders/sciatica",
                page.select("main a:contains(read what the NIH says)").attr("href"));
        assertEquals(
                "mailto:info@fixture-spine.example",
                page.select("main a[href^=mailto]").attr("href"));
        assertEquals("tel:+12025550110", page.select("main p a[href^=tel]").attr("href"));
        String text = page.select("main").text();
        assertTrue(text.contains("Call us at 202-555-0110 or our Arlington office at 703-555-0120"), text);
        assertTrue(text.contains("Some forms use a 5* rating, others a score from 1 to 10 -> ask"), text);
        assertTrue(text.contains("Writers sometimes type {clinic-phone} or (C) by mistake"), text);
        assertTrue(text.contains("words such as file_name_here stay as they are"), text);
        assertTrue(text.contains("* This line starts with an asterisk but is not a list."), text);
        assertFalse(text.contains("Ready to get back to work"), text);
        assertFalse(text.contains("You Might Also Enjoy..."), text);
        assertTrue(Files.exists(site.www().resolve("images/desk-stretch-1.jpg")));
    }

    @Test
    void anArticleOrPictureThatExistsIsNeverReplaced() throws Exception {
        TestSite site = everyStructureSite();
        byte[] otherPicture = {1, 2, 3};
        Files.createDirectories(site.root().resolve("assets/images"));
        Files.write(site.root().resolve("assets/images/desk-stretch-1.jpg"), otherPicture);

        OldPageImport.Result first = importInto(site, EVERY_PAGE);

        assertArrayEquals(otherPicture, Files.readAllBytes(site.root().resolve("assets/images/desk-stretch-1.jpg")));
        assertEquals(
                List.of("assets/images/desk-stretch-1-2.jpg", "assets/images/nerve-diagram.png"),
                first.imported().get(0).pictures());
        assertTrue(site.read(EVERY_ARTICLE).contains("image::desk-stretch-1-2.jpg["));
        assertTrue(first.warnings().stream()
                .anyMatch(f -> f.rule().equals(RuleId.of("import/picture-renamed")) && f.at().line() == 23));

        String article = site.read(EVERY_ARTICLE);
        String redirects = site.read("data/redirects.yml");
        site.write(EVERY_ARTICLE, article + "\nA line the writer added.\n");

        OldPageImport.Result again = importInto(site, EVERY_PAGE);

        assertEquals(List.of(), again.imported());
        assertEquals(
                List.of(EVERY_PAGE + ": warning: " + EVERY_ARTICLE + " already exists and was left as it is, so the"
                        + " page was not imported again; to import it anew, rename or delete that file first"
                        + " [import/article-exists]"),
                again.warnings().stream().map(Finding::format).toList());
        assertEquals(article + "\nA line the writer added.\n", site.read(EVERY_ARTICLE));
        assertEquals(redirects, site.read("data/redirects.yml"));
    }

    @Test
    void aPageWhoseOldAddressIsRedirectedAlreadyIsNotImportedAgain() throws Exception {
        TestSite site = seedSite();
        // the project's own file: the seed was rewritten by hand as lower-back-pain-and-numbness-in-your-feet
        copy(PROJECT.resolve("data/redirects.yml"), site.root().resolve("data/redirects.yml"));

        OldPageImport.Result result = importInto(site, SEED_PAGE);

        assertEquals(List.of(), result.imported());
        assertEquals(
                List.of("import/already-redirected"),
                result.warnings().stream().map(f -> f.rule().toString()).toList());
        assertFalse(Files.exists(site.root().resolve(SEED_ARTICLE)));
    }

    @Test
    void whatCannotBeImportedIsSaidInTheWritersWords() throws Exception {
        TestSite site = seedSite();
        Files.createDirectories(site.root().resolve("empty"));

        OldPageImport.Refused missing =
                assertThrows(OldPageImport.Refused.class, () -> importInto(site, "old/no-such-page.html"));
        OldPageImport.Refused empty = assertThrows(OldPageImport.Refused.class, () -> importInto(site, "empty"));

        assertEquals(
                "old/no-such-page.html does not exist; give a saved page or a folder of them:"
                        + " mvn -Pimport -Dfrom=old/page.html",
                missing.getMessage());
        assertTrue(empty.getMessage().startsWith("empty holds no saved page (.html)"), empty.getMessage());
    }

    /** The errors of a build, as "line rule", in the order reported. */
    private static List<String> errors(SiteBuild.Outcome outcome) {
        return outcome.findings().stream()
                .filter(Finding::isError)
                .map(f -> f.at().line() + " " + f.rule())
                .toList();
    }

    private static String expected(String name) throws IOException {
        return Files.readString(PAGES.resolve("expected").resolve(name), StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
