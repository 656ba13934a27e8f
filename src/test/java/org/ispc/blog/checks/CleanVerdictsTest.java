package org.ispc.blog.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ispc.blog.cache.CodeDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanVerdictsTest {

    @TempDir
    Path dir;

    private CleanVerdicts verdicts(String salt) {
        return new CleanVerdicts(dir, salt);
    }

    private long files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aTextFoundCleanIsCleanForTheNextBuildUntilItOrTheSaltChanges() throws Exception {
        CleanVerdicts first = verdicts("clinic v1");
        assertFalse(first.verdict("page", "a.html", "<p>text</p>").isClean());
        first.verdict("page", "a.html", "<p>text</p>").rememberClean();
        first.save(true);

        CleanVerdicts second = verdicts("clinic v1");
        assertTrue(second.verdict("page", "a.html", "<p>text</p>").isClean());
        assertFalse(second.verdict("page", "a.html", "<p>text, edited</p>").isClean());
        assertFalse(second.verdict("page", "b.html", "<p>text</p>").isClean(), "the same text elsewhere");
        assertFalse(
                verdicts("clinic v2").verdict("page", "a.html", "<p>text</p>").isClean(), "new facts");
    }

    @Test
    void aWholeRunKeepsOnlyWhatItAskedAboutAndAnotherSaltReplacesTheFile() throws Exception {
        CleanVerdicts first = verdicts("v1");
        first.verdict("page", "a.html", "a").rememberClean();
        first.verdict("page", "b.html", "b").rememberClean();
        first.save(true);

        CleanVerdicts partial = verdicts("v1");
        assertTrue(partial.verdict("page", "a.html", "a").isClean());
        partial.save(false);
        assertTrue(verdicts("v1").verdict("page", "b.html", "b").isClean(), "a partial run keeps the rest");

        CleanVerdicts whole = verdicts("v1");
        assertTrue(whole.verdict("page", "a.html", "a").isClean());
        whole.save(true);
        assertFalse(verdicts("v1").verdict("page", "b.html", "b").isClean(), "b.html is gone from the site");

        CleanVerdicts other = verdicts("v2");
        other.verdict("page", "a.html", "a").rememberClean();
        other.save(true);
        assertEquals(1, files(), "the verdicts of the old salt can never be asked for again");
    }

    /**
     * The search index is judged entry by entry: while the whole index is found clean, its entries are not asked
     * about, and their verdicts must stay, or an edit of one article would have every entry judged again.
     */
    @Test
    void theVerdictsOfAWholeTextsPartsStayWhileTheWholeIsFoundClean() {
        CleanVerdicts cold = verdicts("v1");
        CleanVerdicts.Verdict one = cold.verdict("search index entry", "search-index.json", "/blog/a/", "one");
        CleanVerdicts.Verdict two = cold.verdict("search index entry", "search-index.json", "/blog/b/", "two");
        one.rememberClean();
        two.rememberClean();
        cold.verdict("search index", "search-index.json", "index 1").rememberClean(List.of(one, two));
        cold.save(true);

        CleanVerdicts unchanged = verdicts("v1");
        assertTrue(unchanged
                .verdict("search index", "search-index.json", "index 1")
                .isClean());
        unchanged.save(true);

        CleanVerdicts oneEdited = verdicts("v1");
        assertFalse(oneEdited
                .verdict("search index", "search-index.json", "index 2")
                .isClean());
        assertTrue(
                oneEdited
                        .verdict("search index entry", "search-index.json", "/blog/a/", "one")
                        .isClean(),
                "kept while the whole index was clean");
        assertFalse(oneEdited
                .verdict("search index entry", "search-index.json", "/blog/b/", "two, edited")
                .isClean());
        oneEdited.save(true);
        assertFalse(
                verdicts("v1")
                        .verdict("search index", "search-index.json", "index 1")
                        .isClean(),
                "not asked about in a whole run: gone");
    }

    @Test
    void anArticleCachedAsCleanIsCheckedAgainOnceARuleIsAdded() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("code/org/ispc/blog/lint"))
                .getParent()
                .getParent()
                .getParent()
                .getParent();
        Files.write(classes.resolve("org/ispc/blog/lint/ContentLint.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        String before = CodeDigest.of(classes, List.of());
        CleanVerdicts lint = new CleanVerdicts(dir.resolve("lint"), "2026-12-06", before);
        lint.verdict("document", "content/blog/a.adoc", "= A").rememberClean();
        lint.save(true);
        assertTrue(new CleanVerdicts(dir.resolve("lint"), "2026-12-06", before)
                .verdict("document", "content/blog/a.adoc", "= A")
                .isClean());

        Files.write(classes.resolve("org/ispc/blog/lint/NewRule.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 1});
        String withRule = CodeDigest.of(classes, List.of());
        assertFalse(
                new CleanVerdicts(dir.resolve("lint"), "2026-12-06", withRule)
                        .verdict("document", "content/blog/a.adoc", "= A")
                        .isClean(),
                "the new rule has never looked at the article");
    }
}
