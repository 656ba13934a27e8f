package org.ispc.blog.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinksTest {

    @TempDir
    Path dir;

    private static List<String> errors(SiteBuild.Outcome outcome) {
        return outcome.findings().stream()
                .filter(Finding::isError)
                .map(Finding::format)
                .toList();
    }

    /** The page policy's findings, each as "file:line rule". */
    private static List<String> pagePolicyFindings(SiteBuild.Outcome outcome) {
        return outcome.findings().stream()
                .filter(f -> f.rule().family().equals("page"))
                .map(f -> f.at().path() + ":" + f.at().line() + " " + f.rule())
                .toList();
    }

    @Test
    void xrefsThatCannotResolveFailAtTheirLineAndColumn() {
        TestSite site = TestSite.create(dir, "basic", "drafts");
        site.write("content/blog/linker.adoc", """
                = Linker
                Fixture Team
                :jbake-type: post
                :jbake-status: published
                :jbake-date: 2026-02-01
                :jbake-tags: posture
                :jbake-summary: Links to things.

                Good: xref:sciatica-basics.adoc#when-to-call[when to call].
                Missing: xref:sciatica-basic.adoc[typo].
                Draft: see xref:unfinished-draft.adoc[the draft] and <<scheduled-for-next-year.adoc#,later>>.
                Anchor: xref:disc-herniation.adoc#desk-tip[tips].
                """);
        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(
                        "content/blog/linker.adoc:10:10: error: 'sciatica-basic.adoc' is not an article or page (did you mean"
                                + " 'sciatica-basics.adoc'?); write the file name of an existing document in the same folder"
                                + " [links/missing-article]",
                        "content/blog/linker.adoc:11:12: error: 'unfinished-draft.adoc' is draft (dated 2026-03-01), so"
                                + " readers would find a broken link; remove the link or publish that article first"
                                + " [links/unpublished-article]",
                        "content/blog/linker.adoc:11:54: error: 'scheduled-for-next-year.adoc' is scheduled (dated"
                                + " 2027-01-15), so readers would find a broken link; remove the link or publish that article"
                                + " first [links/unpublished-article]",
                        "content/blog/linker.adoc:12:9: error: 'disc-herniation.adoc' has no section with the id 'desk-tip';"
                                + " put [[desk-tip]] above the heading you mean, or use one of: desk-tips"
                                + " [links/missing-anchor]"),
                errors(outcome).stream()
                        .filter(e -> e.startsWith("content/blog/linker.adoc"))
                        .toList());
    }

    /** Another website's address without https:// is looked for on this site: the message says what to write. */
    @Test
    void anotherWebsitesAddressWithoutHttpsGetsTheAddressToWrite() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int first =
                site.append(article, "\nSee link:www.nih.gov[the NIH] or link:medlineplus.gov/backpain.html[this].\n");

        assertEquals(
                List.of(
                        article + ":" + (first + 1)
                                + ":10: error: the link 'www.nih.gov' leads to no page of the site; to"
                                + " link to another website, begin the address with https://"
                                + " (link:https://www.nih.gov[...]), or the browser looks for it on this site (on page"
                                + " /blog/posture-at-work/) [links/broken]",
                        article + ":" + (first + 1) + ":39: error: the link 'medlineplus.gov/backpain.html' leads to no"
                                + " page of the site; to link to another website, begin the address with https://"
                                + " (link:https://medlineplus.gov/backpain.html[...]), or the browser looks for it on"
                                + " this site (on page /blog/posture-at-work/) [links/broken]"),
                errors(site.build()));
    }

    /** Named at its line also when its name has a space, which the page writes %20 (it was named at the page). */
    @Test
    void aPictureThatIsNotInTheImagesFolderIsNamedAtItsLine() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(
                article,
                "\nimage::Desk-Stretch.JPG[A seated stretch at a desk]\n\nA image:desk stretch.png[stretch] here.\n");

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        String fix = " is not in assets/images/; add the file there or correct its name (letters, case and extension"
                + " must match) (on page /blog/posture-at-work/) [links/broken]";
        assertEquals(
                List.of(
                        article + ":" + (first + 1) + ":8: error: the picture 'Desk-Stretch.JPG'" + fix,
                        article + ":" + (first + 3) + ":9: error: the picture 'desk stretch.png'" + fix),
                errors(outcome));
    }

    /**
     * The name of a picture written with its folder, or with other capitals, leads to the file meant: the
     * message says how to write it.
     */
    @Test
    void aPictureNamedWithItsFolderOrOtherCapitalsGetsTheNameToWrite() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        java.nio.file.Path images =
                java.nio.file.Files.createDirectories(site.root().resolve("assets/images"));
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpeg",
                images.resolve("desk-stretch.jpg").toFile());
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(
                article, "\nimage::assets/images/desk-stretch.jpg[A stretch]\n\nimage::Desk-Stretch.JPG[A stretch]\n");

        List<String> found = errors(site.build());

        String meant = "; did you mean image::desk-stretch.jpg[...]? A picture in assets/images/ is written by its name"
                + " alone, letters, case and extension as the file has them (on page /blog/posture-at-work/)"
                + " [links/broken]";
        assertEquals(
                List.of(
                        article + ":" + (first + 1)
                                + ":22: error: the picture 'assets/images/desk-stretch.jpg' is not in"
                                + " assets/images/" + meant,
                        article + ":" + (first + 3) + ":8: error: the picture 'Desk-Stretch.JPG' is not in"
                                + " assets/images/" + meant),
                found);
    }

    /**
     * {@code <<id>>} to a section that is not there, and an xref without ".adoc" (which AsciiDoc reads as a section
     * of the same page): one error each at its line, saying what to write, where Asciidoctor gave a warning without
     * a line and the link check an error at the wrong one.
     */
    @Test
    void aLinkToASectionThatIsNotThereIsOneErrorAtItsLine() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(
                article, "\nSee <<exercises>> below.\n\nAlso read xref:sciatica-basics[the sciatica article].\n");

        SiteBuild.Outcome outcome = site.build();

        assertEquals(
                List.of(
                        article + ":" + (first + 1) + ":5: error: the link to 'exercises' leads to no section of this"
                                + " page; put [[exercises]] on the line above the heading it should lead to, or correct"
                                + " the name [links/missing-anchor]",
                        article + ":" + (first + 3) + ":11: error: the link to 'sciatica-basics' leads to no section of"
                                + " this page; to link to the article sciatica-basics.adoc, write"
                                + " xref:sciatica-basics.adoc[...] (with .adoc) [links/missing-anchor]"),
                outcome.findings().stream().map(Finding::format).toList());
    }

    /** An article's address written as a file (.html) is a broken link that names the address meant. */
    @Test
    void aLinkToAnArticleWrittenAsAnHtmlFileSuggestsItsAddress() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int line = site.append(article, "\nSee link:/blog/sciatica-basics.html[the sciatica article].\n") + 1;

        assertEquals(
                List.of(article + ":" + line
                        + ":10: error: the link '/blog/sciatica-basics.html' leads to no page of the"
                        + " site; did you mean '/blog/sciatica-basics/'? Between articles, write xref:file-name.adoc[text],"
                        + " and the build writes the address (on page /blog/posture-at-work/) [links/broken]"),
                errors(site.build()));
    }

    /** The suggestion is written as the link must be: from content/blog/, the About page is ../about.adoc. */
    @Test
    void aMissingXrefSuggestsTheDocumentAsTheLinkMustNameIt() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int line = site.append(article, "\nSee xref:about.adoc[who we are] and xref:disc-hern.adoc[discs].\n") + 1;

        SiteBuild.Outcome outcome = site.build();

        assertEquals(
                List.of(
                        article + ":" + line + ":5: error: 'about.adoc' is not an article or page (did you mean"
                                + " '../about.adoc'?); write the file name of an existing document in the same folder"
                                + " [links/missing-article]",
                        article + ":" + line + ":37: error: 'disc-hern.adoc' is not an article or page (did you mean"
                                + " 'disc-herniation.adoc'?); write the file name of an existing document in the same"
                                + " folder [links/missing-article]"),
                errors(outcome));
    }

    /**
     * Nothing of a reader's visit may reach another site, and no script may hide in a page's text: whether an
     * article's raw HTML or a template brings it, the build stops at the line that wrote it.
     */
    @Test
    void aPageThatFetchesFromAnotherSiteOrCarriesScriptStopsTheBuildAtTheLineThatWroteIt() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(article, """

                        image::https://images.example.com/desk.jpg[A standing desk]

                        ++++
                        <iframe src="https://video.example.com/embed/42" title="Desk stretches"></iframe>
                        <script>trackVisit()</script>
                        <a href="/" onclick="trackClick()">Home</a>
                        ++++
                        """);
        String layout = site.read("templates/layout.ftl");
        String charset = "<meta charset=\"utf-8\">";
        site.write(
                "templates/layout.ftl",
                layout.replace(
                        charset, charset + "\n<link rel=\"stylesheet\" href=\"https://fonts.example.com/css\">"));
        int fontLine =
                (int) layout.substring(0, layout.indexOf(charset)).lines().count() + 2;

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        List<String> found = pagePolicyFindings(outcome);
        assertEquals(
                List.of(
                        article + ":" + (first + 1) + " page/remote-resource",
                        article + ":" + (first + 4) + " page/remote-resource",
                        article + ":" + (first + 5) + " page/inline-script",
                        article + ":" + (first + 6) + " page/inline-script",
                        "templates/layout.ftl:" + fontLine + " page/remote-resource"),
                found);
        assertTrue(
                outcome.findings().stream()
                        .anyMatch(f -> f.format().contains("'https://fonts.example.com/css'")
                                && f.format().contains("other pages)")),
                "a template's line is reported once, for all its pages");
    }

    /**
     * The forms issue 19 found passing the page policy, each written by a writer in a passthrough block: script
     * through a form's action, a button's formaction, SVG's xlink:href, an iframe's srcdoc and a javascript:
     * address disguised by a tab, an entity, capitals or spaces; remote loads through SVG's image, CSS url() in a
     * style attribute and an image button. Each stops the build at its own line.
     */
    @Test
    void scriptAndRemoteLoadsThePolicyMissedStopTheBuildAtTheirLines() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(article, """

                        ++++
                        <form action="javascript:alert(1)"><input type="search" name="q"></form>
                        <form><button formaction="javascript:alert(2)">Go</button></form>
                        <svg width="10" height="10"><a xlink:href="javascript:alert(3)"><text>Go</text></a></svg>
                        <iframe title="Frame" srcdoc="<script>alert(4)</script>"></iframe>
                        <p><a href="java&#x09;script:alert(5)">tab</a></p>
                        <p><a href=" JaVaScRiPt:alert(6)">case</a></p>
                        <p><a href="&#106;avascript:alert(7)">entity</a></p>
                        <svg width="10" height="10"><image href="https://track.example.com/a.png"/></svg>
                        <div style="background: url(https://track.example.com/b.png)">style</div>
                        <form><input type="image" src="https://track.example.com/c.png" alt="Go"></form>
                        ++++
                        """);

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        List<String> found = pagePolicyFindings(outcome);
        assertEquals(
                List.of(
                        article + ":" + (first + 2) + " page/inline-script",
                        article + ":" + (first + 3) + " page/inline-script",
                        article + ":" + (first + 4) + " page/inline-script",
                        article + ":" + (first + 5) + " page/inline-script",
                        article + ":" + (first + 6) + " page/inline-script",
                        article + ":" + (first + 7) + " page/inline-script",
                        article + ":" + (first + 8) + " page/inline-script",
                        article + ":" + (first + 9) + " page/remote-resource",
                        article + ":" + (first + 10) + " page/remote-resource",
                        article + ":" + (first + 11) + " page/remote-resource"),
                found);
    }

    /**
     * Variants of the same classes, which a list of bad patterns would have to name one by one: every other
     * attribute that loads an address, SVG's animations, a refresh, a base address, an import, a data: page.
     */
    @Test
    void otherAttributesAndElementsThatLoadOrRunStopTheBuildAtTheirLines() {
        TestSite site = TestSite.create(dir, "basic");
        String article = "content/blog/posture-at-work.adoc";
        int first = site.append(article, """

                        ++++
                        <video src="data:video/mp4,x" poster="https://t.example.com/p.jpg"></video>
                        <table background="https://t.example.com/b.jpg"><tr><td>x</td></tr></table>
                        <img src="data:image/png;base64,iVBORw0KGgo=" srcset="https://t.example.com/a.jpg 2x" alt="a">
                        <p><a href="#" ping="https://t.example.com/p">ping</a></p>
                        <object data="https://t.example.com/f.swf"></object>
                        <object codebase="https://t.example.com/"></object>
                        <blockquote cite="javascript:alert(8)">q</blockquote>
                        <img src="data:image/png;base64,iVBORw0KGgo=" longdesc="https://t.example.com/d" alt="b">
                        <form><button formaction="https://t.example.com/x">Go</button></form>
                        <svg width="9" height="9"><a xlink:href="https://t.example.com/"><text>x</text></a></svg>
                        <svg width="9" height="9"><a><animate attributeName="href" to="javascript:alert(11)"/></a></svg>
                        <svg width="9" height="9"><a><set attributeName="href" to="javascript:alert(12)"/></a></svg>
                        <meta http-equiv="refresh" content="0;url=https://t.example.com/">
                        <base href="https://t.example.com/">
                        <link rel="import" href="#">
                        <style>@import "https://t.example.com/a.css";</style>
                        <p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxNyk8L3NjcmlwdD4=">data</a></p>
                        <iframe title="t" src="data:text/html,x"></iframe>
                        <embed src="https://t.example.com/e.swf">
                        <form><input type="submit" formaction="java&#x0A;script:alert(20)" value="Go"></form>
                        ++++
                        """);

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        String[] rules = {
            "remote-resource",
            "remote-resource",
            "remote-resource",
            "remote-resource",
            "remote-resource",
            "remote-resource",
            "inline-script",
            "not-allowed",
            "not-allowed",
            "not-allowed",
            "inline-script",
            "inline-script",
            "not-allowed",
            "not-allowed",
            "not-allowed",
            "remote-resource",
            "not-allowed",
            "not-allowed",
            "remote-resource",
            "inline-script"
        };
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            expected.add(article + ":" + (first + 2 + i) + " page/" + rules[i]);
        }
        assertEquals(expected, pagePolicyFindings(outcome));
    }

    @Test
    void theSiteWideCheckFindsABrokenTemplateLinkAndNamesTheTemplate() {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "templates/error404.ftl",
                site.read("templates/error404.ftl").replace("/archive.html", "/archives.html"));
        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        List<String> errors = errors(outcome);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(
                errors.get(0)
                        .matches(
                                "templates/error404\\.ftl:\\d+:\\d+: error: the link '/archives\\.html' leads to no page.*"),
                errors.get(0));
    }

    @Test
    void theSiteWideCheckFindsAMissingFragmentInAnArticleBody() {
        TestSite site = TestSite.create(dir, "basic");
        site.write(
                "content/blog/posture-at-work.adoc",
                site.read("content/blog/posture-at-work.adoc")
                        + "\nSee link:/blog/sciatica-basics/#nowhere[the sciatica article].\n");
        SiteBuild.Outcome outcome = site.build();

        assertEquals(
                List.of(
                        "content/blog/posture-at-work.adoc:11:10: error: the link '/blog/sciatica-basics/#nowhere' points to"
                                + " '#nowhere', which is not on that page (on page /blog/posture-at-work/) [links/broken]"),
                errors(outcome));
    }

    @Test
    void everyInternalLinkOfTheFixtureSiteResolves() {
        TestSite site = TestSite.create(dir, "basic");
        SiteBuild.Outcome outcome = site.build();
        assertTrue(outcome.published(), () -> errors(outcome).toString());
        assertTrue(outcome.timings().stream().anyMatch(t -> t.name().equals("links")));
    }
}
