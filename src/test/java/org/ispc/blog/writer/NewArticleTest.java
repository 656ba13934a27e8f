package org.ispc.blog.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NewArticleTest {

    @TempDir
    Path dir;

    private NewArticle command(TestSite site, Optional<String> gitUser) {
        return new NewArticle(site.root(), TestSite.CLOCK, () -> gitUser);
    }

    @Test
    void writesADraftDatedTodayWithACompleteHeader() throws Exception {
        TestSite site = TestSite.create(dir, "basic");

        NewArticle.Created created =
                command(site, Optional.of("Git User")).create(NewArticle.Request.of("Sciatica in Runners", "", ""));

        assertEquals("content/blog/sciatica-in-runners.adoc", created.path());
        List<String> lines = site.read(created.path()).lines().toList();
        assertEquals(
                List.of(
                        "= Sciatica in Runners",
                        "Git User",
                        ":jbake-type: post",
                        ":jbake-status: draft",
                        ":jbake-date: 2026-11-25",
                        ":jbake-tags: TODO first topic, TODO second topic",
                        ":jbake-summary: TODO One or two sentences for lists and search results, at most 160"
                                + " characters."),
                lines.subList(0, 7));
        assertTrue(lines.contains("Call {clinic-phone} to book a visit."), () -> String.join("\n", lines));
    }

    record AuthorCase(String name, String option, Optional<String> gitUser, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<AuthorCase> authors() {
        return Stream.of(
                new AuthorCase("option wins", "Jane Doe, PT", Optional.of("Git User"), "Jane Doe, PT"),
                new AuthorCase("git user without option", "", Optional.of("Git User"), "Git User"),
                new AuthorCase("blank git user", "  ", Optional.of(" "), NewArticle.DEFAULT_AUTHOR),
                new AuthorCase("no git", null, Optional.empty(), NewArticle.DEFAULT_AUTHOR));
    }

    @ParameterizedTest
    @MethodSource("authors")
    void theAuthorComesFromTheOptionThenGitThenTheTeam(AuthorCase c) throws Exception {
        TestSite site = TestSite.create(dir, "basic");

        NewArticle.Created created =
                command(site, c.gitUser()).create(NewArticle.Request.of("Sciatica in Runners", c.option(), null));

        assertEquals(c.expected(), created.author());
        assertEquals(c.expected(), site.read(created.path()).lines().toList().get(1));
    }

    @Test
    void tagsGivenOnTheCommandLineReplaceThePlaceholder() throws Exception {
        TestSite site = TestSite.create(dir, "basic");

        NewArticle.Created created = command(site, Optional.empty())
                .create(NewArticle.Request.of("Sciatica in Runners", null, " sciatica,running ,, hips "));

        assertTrue(site.read(created.path()).contains("\n:jbake-tags: sciatica, running, hips\n"));
    }

    @Test
    void refusesToReplaceAnExistingFile() {
        TestSite site = TestSite.create(dir, "basic");
        site.write("content/blog/sciatica-in-runners.adoc", "the writer's own text\n");

        NewArticle.Refused refused = assertThrows(
                NewArticle.Refused.class,
                () -> command(site, Optional.empty()).create(NewArticle.Request.of("Sciatica in Runners", null, null)));

        assertEquals(
                "content/blog/sciatica-in-runners.adoc already exists and was left as it is; open it to go on"
                        + " writing, or choose another title for a new article",
                refused.getMessage());
        assertEquals("the writer's own text\n", site.read("content/blog/sciatica-in-runners.adoc"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void refusesAnEmptyTitle(String title) throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        List<Path> before = blogFiles(site);

        NewArticle.Refused refused = assertThrows(
                NewArticle.Refused.class,
                () -> command(site, Optional.empty()).create(NewArticle.Request.of(title, null, null)));

        assertEquals("the article needs a title: mvn -Pnew -Dtitle=\"Sciatica in Runners\"", refused.getMessage());
        assertEquals(before, blogFiles(site));
    }

    @Test
    void refusesATitleWithoutLettersForAFileName() {
        TestSite site = TestSite.create(dir, "basic");

        NewArticle.Refused refused = assertThrows(
                NewArticle.Refused.class,
                () -> command(site, Optional.empty()).create(NewArticle.Request.of("???", null, null)));

        assertTrue(refused.getMessage().contains("no letters or digits"), refused.getMessage());
    }

    @Test
    void refusesAFolderThatIsNotTheBlog() {
        NewArticle.Refused refused = assertThrows(
                NewArticle.Refused.class,
                () -> new NewArticle(dir, TestSite.CLOCK, Optional::empty)
                        .create(NewArticle.Request.of("Sciatica in Runners", null, null)));

        assertTrue(refused.getMessage().contains("is not the blog's folder"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("content")));
    }

    @Test
    void printsThePathAndThePreviewToOpen() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        NewArticle.Created created =
                command(site, Optional.empty()).create(NewArticle.Request.of("Sciatica in Runners", null, null));

        List<String> lines = NewArticle.nextSteps(created, 9000);

        assertEquals(
                "Created content/blog/sciatica-in-runners.adoc: a draft dated 2026-11-25, by "
                        + NewArticle.DEFAULT_AUTHOR + ".",
                lines.get(0));
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.contains("mvn -Ppreview")
                                && l.contains("http://127.0.0.1:9000/blog/sciatica-in-runners/")),
                () -> String.join("\n", lines));
    }

    @Test
    void theNewArticleBakesAsADraftAndOnceFilledInIsPublishedWithoutFindings() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        String path = command(site, Optional.of("Jane Doe"))
                .create(NewArticle.Request.of("Sciatica in Runners", null, null))
                .path();

        SiteBuild.Outcome draft = site.build();
        assertTrue(draft.published(), () -> "findings: " + draft.findings());
        assertEquals(List.of(), about(draft, path));
        assertFalse(Files.exists(site.www().resolve("blog/sciatica-in-runners")));

        SiteBuild.Outcome preview = site.preview();
        assertEquals(
                List.of(),
                about(preview, path).stream().filter(Finding::isError).toList());
        assertTrue(Files.exists(site.root().resolve(SiteBuild.PREVIEW).resolve("blog/sciatica-in-runners/index.html")));

        String filled = site.read(path)
                .replace(":jbake-status: draft", ":jbake-status: published")
                .replace(":jbake-tags: TODO first topic, TODO second topic", ":jbake-tags: sciatica, running")
                .replaceAll("(?m)^:jbake-summary: TODO .*$", ":jbake-summary: Why runners get sciatica and what helps.")
                .replaceAll("(?m)^== TODO .*$", "== Why runners get it")
                .replaceAll("(?m)^TODO .*$", "Long runs and tight hips can irritate the sciatic nerve.");
        assertFalse(filled.contains(NewArticle.PLACEHOLDER), filled);
        site.write(path, filled);

        SiteBuild.Outcome published = site.build();
        assertTrue(published.published(), () -> "findings: " + published.findings());
        assertEquals(List.of(), about(published, path));
        String page = site.read(SiteBuild.WWW + "/blog/sciatica-in-runners/index.html");
        assertTrue(page.contains("Call 202-555-0110 to book a visit."), page);
    }

    private static List<Finding> about(SiteBuild.Outcome outcome, String path) {
        return outcome.findings().stream()
                .filter(f -> f.at().path().equals(path))
                .toList();
    }

    private static List<Path> blogFiles(TestSite site) throws Exception {
        try (Stream<Path> files = Files.list(site.root().resolve("content/blog"))) {
            return files.sorted().toList();
        }
    }
}
