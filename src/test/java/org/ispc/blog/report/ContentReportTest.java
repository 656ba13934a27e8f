package org.ispc.blog.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentReportTest {

    @TempDir
    Path dir;

    @Test
    void listsTheDraftsAndTheScheduledArticleOfAPreviewBuild() throws Exception {
        TestSite site = TestSite.create(dir, "basic", "drafts");
        Path output = site.root().resolve(ContentReport.OUTPUT);

        ContentState state = ContentReport.write(TestSite.SharedAsciidoctor.get(), site.root(), output, TestSite.CLOCK);
        String report = Files.readString(output, StandardCharsets.UTF_8);

        assertTrue(state.complete());
        assertTrue(Files.isDirectory(site.root().resolve(SiteBuild.PREVIEW)), "the report builds the preview");
        String scheduled = section(report, "## Scheduled articles");
        assertTrue(
                scheduled.contains(
                        "| 2027-01-15 | Scheduled Shoulder Article | `content/blog/scheduled-for-next-year.adoc` |"),
                scheduled);
        assertFalse(scheduled.contains("Draft About Knees"), scheduled);

        String drafts = section(report, "## Drafts");
        assertTrue(
                drafts.contains("| Unfinished Draft About Knees | `content/blog/unfinished-draft.adoc` | 2026-03-01 |"),
                drafts);
        assertTrue(drafts.contains("| No Status Given Hips | `content/blog/no-status-given.adoc` |"), drafts);
        assertFalse(drafts.contains("Scheduled Shoulder"), drafts);

        String summary = section(report, "## Summary");
        assertTrue(summary.contains("| Scheduled articles | 1 |"), summary);
        assertTrue(summary.contains("| Drafts | 2 |"), summary);

        String inventory = section(report, "## Article inventory");
        assertTrue(
                inventory.contains("| Scheduled Shoulder Article | `content/blog/scheduled-for-next-year.adoc` |"
                        + " Scheduled | 2027-01-15 |  | shoulders |"),
                inventory);
        assertTrue(
                inventory.contains(
                        "| Sciatica Basics | `content/blog/sciatica-basics.adoc` | Published | 2026-05-01 |"),
                inventory);

        String tags = section(report, "## Tags");
        assertTrue(tags.contains("| knees | 0 | 1 |"), tags);
    }

    /** The text of one "## " section, up to the next one. */
    static String section(String report, String heading) {
        int start = report.indexOf(heading + "\n");
        assertTrue(start >= 0, () -> heading + " missing in:\n" + report);
        int end = report.indexOf("\n## ", start + heading.length());
        return report.substring(start, end < 0 ? report.length() : end);
    }
}
