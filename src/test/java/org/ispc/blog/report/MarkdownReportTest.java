package org.ispc.blog.report;

import static org.ispc.blog.report.ContentReportTest.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ispc.blog.content.Manuscript;
import org.ispc.blog.content.Publication;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The report's Markdown from a hand-made state: pure, no bake. */
class MarkdownReportTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    private static Manuscript article(
            String file, Publication publication, String title, String date, List<String> tags, String reviewedOn) {
        return new Manuscript(
                "content/blog/" + file,
                "/blog/" + file.replace(".adoc", "/"),
                "post",
                publication,
                title,
                Optional.of(LocalDate.parse(date)),
                "Fixture Team",
                tags,
                "A summary.",
                List.of(),
                Optional.ofNullable(reviewedOn).map(on -> "Dr. Fixture, MD"),
                Optional.ofNullable(reviewedOn).map(LocalDate::parse),
                Optional.empty(),
                "",
                Set.of(),
                "= " + title + "\n",
                org.ispc.blog.content.Markup.ASCIIDOC,
                0);
    }

    private static ContentState state(List<Manuscript> documents, List<Finding> findings) {
        return new ContentState(TODAY, true, documents, findings, 12);
    }

    @Test
    void anArticleIsDueForReviewWhenNeverReviewedOrReviewedOverTwelveMonthsAgo() {
        ContentState state = state(
                List.of(
                        article("never.adoc", Publication.PUBLISHED, "Never", "2026-01-01", List.of(), null),
                        article("old.adoc", Publication.PUBLISHED, "Old", "2026-01-01", List.of(), "2025-10-01"),
                        article("year.adoc", Publication.PUBLISHED, "Year", "2026-01-01", List.of(), "2025-11-25"),
                        article("fresh.adoc", Publication.DRAFT, "Fresh", "2026-01-01", List.of(), "2026-06-01")),
                List.of());

        String due = section(MarkdownReport.render(state), "## Due for medical review");

        assertTrue(due.contains("| Never | `content/blog/never.adoc` | Published |  |  | never reviewed |"), due);
        assertTrue(
                due.contains("| Old | `content/blog/old.adoc` | Published | Dr\\. Fixture\\, MD | 2025-10-01 |"
                        + " reviewed 13 months ago |"),
                due);
        assertFalse(due.contains("Year"), "reviewed exactly twelve months ago: not due yet");
        assertFalse(due.contains("Fresh"), due);
        assertTrue(due.indexOf("Never") < due.indexOf("Old"), "never reviewed first, then the oldest review");
    }

    @Test
    void findingsAreGroupedByCheckAndLinkToTheirGuideEntry() {
        List<Finding> findings = List.of(
                Finding.error(Position.at("content/blog/a.adoc", 3, 7), "facts/retired-phone", "old number"),
                Finding.warning(Position.at("content/blog/a.adoc", 9, 1), "lint/no-tags", "no tags"),
                Finding.error(Position.at("content/blog/b.adoc", 4, 2), "links/missing-article", "no such file"),
                Finding.error(Position.at("templates/post.ftl", 12, 5), "template/error", "template failed"));

        String report = MarkdownReport.render(state(List.of(), findings));

        String checks = section(report, "## Findings of the checks");
        assertEquals(
                List.of(
                        "### Clinic facts (facts/...)",
                        "| `content/blog/a.adoc:3:7` | error | old number |"
                                + " [facts\\/retired\\-phone](writers-guide.html#facts-retired-phone) |",
                        "### Lint (lint/...)",
                        "| `content/blog/a.adoc:9:1` | warning | no tags | [lint\\/no\\-tags](writers-guide.html#lint-no-tags) |",
                        "### Links (links/...)",
                        "| `content/blog/b.adoc:4:2` | error | no such file |"
                                + " [links\\/missing\\-article](writers-guide.html#links-missing-article) |",
                        "### Other messages",
                        "| `templates/post.ftl:12:5` | error | template failed |"
                                + " [template\\/error](writers-guide.html#template-error) |"),
                checks.lines()
                        .filter(l -> l.startsWith("###") || l.startsWith("| `"))
                        .toList());
        assertTrue(section(report, "## Summary").contains("| Errors found by the checks | 3 |"));
    }

    @Test
    void tagsWithTheSameAddressCountAsOneAndPublishedOnesAreCountedApart() {
        ContentState state = state(
                List.of(
                        article("a.adoc", Publication.PUBLISHED, "A", "2026-01-01", List.of("Nerve pain"), null),
                        article("b.adoc", Publication.PUBLISHED, "B", "2026-01-02", List.of("nerve pain"), null),
                        article("c.adoc", Publication.DRAFT, "C", "2026-01-03", List.of("nerve pain", "knees"), null)),
                List.of());

        String tags = section(MarkdownReport.render(state), "## Tags");

        assertEquals(
                List.of("| nerve pain | 2 | 3 |", "| knees | 0 | 1 |"), // named as most articles write it
                tags.lines()
                        .filter(l -> l.startsWith("| ") && !l.startsWith("| Tag") && !l.startsWith("| ---"))
                        .toList());
    }

    /** The inventory says when each article was last updated, next to its date. */
    @Test
    void theInventoryShowsWhenAnArticleWasUpdated() {
        Manuscript a = article("a.adoc", Publication.PUBLISHED, "A", "2026-01-01", List.of("knees"), null);
        Manuscript updated = new Manuscript(
                a.path(),
                a.url(),
                a.type(),
                a.publication(),
                a.title(),
                a.date(),
                a.author(),
                a.tags(),
                a.summary(),
                a.relatedPins(),
                a.reviewedBy(),
                a.reviewedOn(),
                Optional.of(LocalDate.parse("2026-10-02")),
                a.bodyHtml(),
                a.ids(),
                a.source(),
                org.ispc.blog.content.Markup.ASCIIDOC,
                0);

        String inventory = section(MarkdownReport.render(state(List.of(updated), List.of())), "## Article inventory");

        assertTrue(inventory.contains("| Title | File | Status | Date | Updated | Tags |"), inventory);
        assertTrue(inventory.contains("| Published | 2026-01-01 | 2026-10-02 | knees |"), inventory);
    }

    @Test
    void linesStillHoldingThePlaceholderAreListed() {
        Manuscript draft = article("new.adoc", Publication.DRAFT, "New", "2026-11-25", List.of(), null);
        Manuscript withTodo = new Manuscript(
                draft.path(),
                draft.url(),
                draft.type(),
                draft.publication(),
                draft.title(),
                draft.date(),
                draft.author(),
                draft.tags(),
                draft.summary(),
                draft.relatedPins(),
                draft.reviewedBy(),
                draft.reviewedOn(),
                draft.updatedOn(),
                draft.bodyHtml(),
                draft.ids(),
                "= New\nA\n:jbake-tags: TODO first topic\n\nText about TODOS and todo.\n\nTODO The opening.\n",
                org.ispc.blog.content.Markup.ASCIIDOC,
                0);

        String todo = section(MarkdownReport.render(state(List.of(withTodo), List.of())), "## Text still to write");

        assertTrue(todo.contains("| `content/blog/new.adoc` | Draft | 3\\, 7 |"), todo);
    }

    @Test
    void aBuildThatStoppedEarlySaysSo() {
        String report = MarkdownReport.render(new ContentState(
                TODAY,
                false,
                List.of(),
                List.of(Finding.error(Position.file("data/clinic.yml"), "facts/missing-file", "no file")),
                12));

        assertTrue(report.contains("**The build stopped before it could list the articles.**"), report);
        assertTrue(section(report, "## Drafts").contains("None."));
    }

    record EscapeCase(String raw, String markdown) {
        @Override
        public String toString() {
            return raw;
        }
    }

    static Stream<EscapeCase> escapes() {
        return Stream.of(
                new EscapeCase("Sciatica in Runners", "Sciatica in Runners"),
                new EscapeCase("Pain | *Relief* [now]", "Pain \\| \\*Relief\\* \\[now\\]"),
                new EscapeCase("Back-pain: 'what' <b>helps</b>", "Back\\-pain\\: \\'what\\' \\<b\\>helps\\<\\/b\\>"),
                new EscapeCase("two\nlines  ", "two lines"));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void textIsEscapedSoThatNothingBecomesMarkup(EscapeCase c) {
        assertEquals(c.markdown(), MarkdownReport.text(c.raw()));
    }
}
