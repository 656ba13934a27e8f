package org.ispc.blog.reading;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * A PDF's text, page by page and line by line within each page, with Apache PDFBox (lines in the order they stand
 * on the page, top to bottom), and the numbers its tel: links dial, with the text under each link. A PDF locked by
 * a password, or whose pages are only pictures (a scanned form), cannot be read: the reading says why.
 */
final class PdfReader implements PublishedFileReader {

    @Override
    public String kind() {
        return "pdf";
    }

    @Override
    public Reading read(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            List<TextPiece> pieces = new ArrayList<>();
            List<Integer> scanned = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("");
            stripper.setParagraphEnd("");
            int pages = pdf.getNumberOfPages();
            for (int n = 1; n <= pages; n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String text = stripper.getText(pdf);
                PDPage page = pdf.getPage(n - 1);
                if (text.isBlank() && hasPicture(page)) {
                    scanned.add(n);
                }
                pieces.addAll(TextPiece.lines(text, n, 1, 0));
                pieces.addAll(telLinks(page, n));
            }
            if (!scanned.isEmpty()) {
                String which = scanned.size() == pages
                        ? "this PDF's pages are only pictures (a scan), with no text the build can read"
                        : "page" + (scanned.size() > 1 ? "s " : " ") + join(scanned)
                                + " of this PDF " + (scanned.size() > 1 ? "are" : "is")
                                + " only a picture (a scan), with no text the build can read";
                return new Reading(pieces, which, false);
            }
            return Reading.of(pieces);
        } catch (InvalidPasswordException e) {
            return Reading.unreadable("this PDF is locked with a password, so the build cannot read its text");
        } catch (IOException | RuntimeException e) {
            return Reading.damaged("this PDF cannot be opened: it is damaged or not a PDF (" + e.getMessage() + ")");
        }
    }

    /**
     * Whether a page draws a picture or a drawing of its own (an XObject): a page that does, with no text, is a scan.
     */
    private static boolean hasPicture(PDPage page) {
        PDResources resources = page.getResources();
        return resources != null && resources.getXObjectNames().iterator().hasNext();
    }

    /** The page's links that call a number, each with the text under it. */
    private static List<TextPiece> telLinks(PDPage page, int n) throws IOException {
        List<PDActionURI> calls = new ArrayList<>();
        PDFTextStripperByArea under = new PDFTextStripperByArea();
        under.setSortByPosition(true);
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link
                    && link.getAction() instanceof PDActionURI uri
                    && uri.getURI() != null
                    && uri.getURI().toLowerCase(Locale.ROOT).startsWith("tel:")) {
                PDRectangle r = link.getRectangle();
                // the stripper measures from the top of the page, PDF from its bottom
                float top = page.getMediaBox().getHeight() - r.getUpperRightY();
                under.addRegion(
                        "link" + calls.size(),
                        new Rectangle2D.Float(r.getLowerLeftX(), top, r.getWidth(), r.getHeight()));
                calls.add(uri);
            }
        }
        if (calls.isEmpty()) {
            return List.of();
        }
        under.extractRegions(page);
        List<TextPiece> out = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            String text = under.getTextForRegion("link" + i).strip().replaceAll("\\s+", " ");
            out.add(new TextPiece(text, n, 0, 0, "", calls.get(i).getURI().substring(4)));
        }
        return out;
    }

    private static String join(List<Integer> pages) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            out.append(i == 0 ? "" : i == pages.size() - 1 ? " and " : ", ").append(pages.get(i));
        }
        return out.toString();
    }
}
