package org.ispc.blog.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.ispc.blog.checks.BuiltSite;
import org.ispc.blog.checks.CleanVerdicts;
import org.ispc.blog.content.Catalog;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.facts.ClinicFactsGate;
import org.ispc.blog.facts.ClinicFactsLoader;
import org.ispc.blog.facts.Phones;
import org.ispc.blog.jbake.SiteSettings;
import org.ispc.blog.reading.FileKind;
import org.ispc.blog.reading.ReadingCache;
import org.ispc.blog.testing.TestSite;

/**
 * How long the clinic facts check spends, at the second build, on an unchanged 50 MB PDF (issue 22: under 50 ms).
 * Lays out the fixture site "basic" with a PDF of text pages and photographs (random pixels, which no compression
 * shrinks) in its site folder and runs the clinic facts check on it as a build does (the PDF is read); then times
 * what a build does for the unchanged PDF, five times, and the whole check five more times. Run it a second time
 * and the PDF is kept: every figure is then that of a second build, the first ones in a fresh JVM. Run from the
 * project's folder:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &amp;&amp; java -XX:TieredStopAtLevel=1 \
 *   -cp target/classes:target/test-classes:$(cat target/cp.txt) org.ispc.blog.bench.UnchangedPdfBench [folder] [megabytes]
 * </pre>
 */
public final class UnchangedPdfBench {

    private static final int PAGES = 200;
    private static final int RUNS = 5;

    private UnchangedPdfBench() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/bench/unchanged-pdf")
                .toAbsolutePath();
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path pdf = root.resolve("target/www/forms/patient-handbook.pdf");
        boolean made = !Files.isRegularFile(pdf) || Files.size(pdf) < megabytes * 900_000L;
        if (made) {
            FileTree.deleteTree(root);
            TestSite.create(root, "basic");
            Files.createDirectories(pdf.getParent());
            writePdf(pdf, megabytes * 1_000_000L);
        }
        Clock clock = TestSite.CLOCK;

        long first = checkOnce(root, clock);
        List<Double> onPdf = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            onPdf.add(unchanged(root, pdf));
        }
        List<Long> checks = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            checks.add(checkOnce(root, clock));
        }

        System.out.printf(
                "%s: %.1f MB, %d pages%n"
                        + "the whole clinic facts check, first in this JVM: %d ms (%s)%n"
                        + "what a build does for the unchanged PDF (its kind, its digest, its verdict), %d times: %s ms;"
                        + " first %.1f ms, median %.1f ms%n"
                        + "the whole clinic facts check of the site with the PDF, %d more times: %s ms%n",
                root.relativize(pdf),
                Files.size(pdf) / 1e6,
                PAGES,
                first,
                made ? "the PDF was new, and read" : "the PDF unchanged since the last run: a second build",
                RUNS,
                onPdf,
                onPdf.get(0),
                onPdf.stream().sorted().toList().get(RUNS / 2),
                RUNS,
                checks);
    }

    /**
     * The work the check does for an unchanged file, timed alone, each time with what a new build has: its kind by
     * name, its digest from the kept size and time, and its clean verdict, from the files under target/cache.
     *
     * @return milliseconds
     */
    private static double unchanged(Path root, Path pdf) {
        long start = System.nanoTime();
        String name = FileTree.relative(root.resolve("target/www"), pdf);
        FileKind kind = FileKind.of(name);
        ReadingCache readings = new ReadingCache(root.resolve("target/cache/files"));
        String digest = readings.digest(pdf, name);
        CleanVerdicts verdicts = new CleanVerdicts(
                root.resolve("target/cache/facts"), FileTree.read(root.resolve(ClinicFactsLoader.FILE)));
        boolean clean = verdicts.verdict(kind.reader().orElseThrow().kind(), name, digest)
                .isClean();
        double millis = (System.nanoTime() - start) / 1e6;
        if (!clean) {
            throw new IllegalStateException("the check kept no verdict on the PDF: the benchmark measures nothing");
        }
        return Math.round(millis * 10) / 10.0;
    }

    /** One run of the clinic facts check, as a build runs it, on the site folder holding the PDF alone. */
    private static long checkOnce(Path root, Clock clock) throws IOException {
        long start = System.nanoTime();
        ClinicFactsLoader.Loaded loaded = ClinicFactsLoader.load(root, Phones.standard());
        BuiltSite site = new BuiltSite(
                SiteSettings.read(root, false, clock),
                new Catalog(),
                loaded.facts().orElseThrow(),
                loaded.verifiedAt(),
                root.resolve("target/www"));
        var findings = new ClinicFactsGate(Phones.standard(), clock).run(site);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!findings.isEmpty()) {
            throw new IllegalStateException("the benchmark's PDF should be clean: " + findings);
        }
        return millis;
    }

    /** Pages of a clinic's handbook, each with a photograph of random pixels, until the file has the size asked. */
    private static void writePdf(Path file, long bytes) throws IOException {
        Random random = new Random(42);
        long pictureBytes = bytes / PAGES;
        int side = (int) Math.sqrt(pictureBytes / 3.0);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= PAGES; n++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                BufferedImage photo = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        photo.setRGB(x, y, random.nextInt(1 << 24));
                    }
                }
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(LosslessFactory.createFromImage(doc, photo), 72, 72, 300, 300);
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(12);
                    content.newLineAtOffset(72, 740);
                    for (int line = 1; line <= 25; line++) {
                        content.showText("Page " + n + " of " + PAGES + ", line " + line
                                + ": CPT 64490 and 64493, visit 03/14/2026, Arlington, VA 22201.");
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
    }
}
