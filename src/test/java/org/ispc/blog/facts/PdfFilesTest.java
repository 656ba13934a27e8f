package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs in the site, made here with PDFBox and baked: each finding names the file, the page and the line. */
class PdfFilesTest {

    @TempDir
    Path dir;

    private static final float TOP = 720;
    private static final float LEADING = 14;

    /** A retired number on page 2, and on a flyer a link that calls another number than the one it shows. */
    @Test
    void aRetiredNumberOnPageTwoIsReportedAtItsPageAndLine() throws IOException {
        TestSite site = TestSite.create(dir, "basic");
        put(
                site,
                "assets/forms/new-patient.pdf",
                pdf(List.of(
                        List.of("New patient form", "Please bring your insurance card and a photo ID."),
                        List.of("Questions before your visit?", "Call our front desk at (202) 555-0100."))));
        try (PDDocument doc = document(List.of(List.of("To book a visit:", "202-555-0110")))) {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(70, TOP - LEADING - 4, 120, LEADING));
            PDActionURI call = new PDActionURI();
            call.setURI("tel:+17035550120");
            link.setAction(call);
            doc.getPage(0).getAnnotations().add(link);
            put(site, "assets/flyer.pdf", bytes(doc));
        }

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published());
        assertEquals(
                List.of(
                        "assets/flyer.pdf: page 1: error: this tel: link calls +17035550120 but its text shows"
                                + " 202-555-0110, so a reader who taps it reaches another number than the one they"
                                + " read; make them the same: write 703-555-0120 (in the document this file was made"
                                + " from; then put the new file in its place) [facts/tel-mismatch]",
                        "assets/forms/new-patient.pdf: page 2, line 2: error: (202) 555-0100 was the clinic's number"
                                + " until 2024-03-01; the number now is 202-555-0110: write 202-555-0110 (in the"
                                + " document this file was made from; then put the new file in its place) instead"
                                + " [facts/retired-phone]"),
                Fixture.factsFindings(outcome));
    }

    /**
     * Everything a clinic's form holds that looks like a number but is none: procedure codes, dates, ZIP codes, an
     * NPI, a policy number, the fax line data/clinic.yml declares, the current number, the crisis line.
     */
    @Test
    void aCleanPdfFullOfLookAlikesGivesNoFinding() {
        TestSite site = TestSite.create(dir, "basic", "office-details"); // Arlington's fax: 703-555-0121
        put(
                site,
                "assets/forms/intake.pdf",
                pdf(List.of(
                        List.of(
                                "Patient intake, page 1 of 2",
                                "Date of birth: 03/14/1985    Visit date: 2026-11-25",
                                "Procedures: CPT 64490, 64491 and 64493; 62321",
                                "Referring physician NPI 1234567890, policy no. 123456789",
                                "Member ID 0012345678, group 55501"),
                        List.of(
                                "Our offices: Arlington, VA 22201 and Washington, DC 20036",
                                "Phone 202-555-0110, fax 703-555-0121 (Arlington office)",
                                "In a crisis, call or text 988.",
                                "Form 2026-REV-03, printed 11/2026"))));

        SiteBuild.Outcome outcome = site.build();

        assertEquals(List.of(), Fixture.factsFindings(outcome));
        assertTrue(outcome.published());
    }

    @Test
    void aScannedALockedAndADamagedPdfAreEachNamedWithWhy() throws IOException {
        TestSite site = TestSite.create(dir, "basic");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(LosslessFactory.createFromImage(doc, scan), 72, 500);
            }
            put(site, "assets/forms/scan.pdf", bytes(doc));
        }
        try (PDDocument doc = document(List.of(List.of("Call 202-555-0100")))) {
            doc.protect(new StandardProtectionPolicy("owner-secret", "reader-secret", new AccessPermission()));
            put(site, "assets/forms/locked.pdf", bytes(doc));
        }
        byte[] whole = pdf(List.of(List.of("Call 202-555-0110")));
        put(site, "assets/forms/damaged.pdf", java.util.Arrays.copyOf(whole, 40));

        List<String> found = Fixture.factsFindings(site.build());

        assertEquals(3, found.size(), found.toString());
        assertTrue(
                found.get(0)
                        .startsWith("assets/forms/damaged.pdf: error: this PDF cannot be opened: it is damaged"
                                + " or not a PDF"),
                found.get(0));
        assertTrue(
                found.get(0)
                        .endsWith("; export or save the file again from the program that made it, and replace"
                                + " it [facts/damaged-file]"),
                found.get(0));
        assertEquals(
                "assets/forms/locked.pdf: warning: this PDF is locked with a password, so the build cannot read its"
                        + " text; the build cannot check its phone numbers and addresses: check them by hand against"
                        + " data/clinic.yml, or publish the text as a page or a PDF with real text [facts/unread-file]",
                found.get(1));
        assertEquals(
                "assets/forms/scan.pdf: warning: this PDF's pages are only pictures (a scan), with no text the build"
                        + " can read; the build cannot check its phone numbers and addresses: check them by hand"
                        + " against data/clinic.yml, or publish the text as a page or a PDF with real text"
                        + " [facts/unread-file]",
                found.get(2));
    }

    private static void put(TestSite site, String path, byte[] bytes) {
        try {
            Path file = site.root().resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of text pages, each a list of lines in Helvetica. */
    static byte[] pdf(List<List<String>> pages) {
        try (PDDocument doc = document(pages)) {
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PDDocument document(List<List<String>> pages) throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (List<String> lines : pages) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.setLeading(LEADING);
                content.newLineAtOffset(72, TOP);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
        }
        return doc;
    }

    static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
