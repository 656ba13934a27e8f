package org.ispc.blog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ispc.blog.bench.PomCommand;
import org.ispc.blog.facts.FactsOptions;
import org.ispc.blog.pipeline.BuildOptions;
import org.ispc.blog.testing.TestSite;
import org.ispc.blog.writer.NewArticle;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command of pom.xml runs the one entry point with arguments it reads, the writer's {@code -D} values reach
 * it, and each command runs from them as Maven runs it: read from the pom itself, so that neither can drift.
 */
class PomProfilesTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final Path POM = PROJECT.resolve("pom.xml");
    private static final String MAIN = Main.class.getName();
    /** What pom.xml's profiles set themselves, as Maven fills it in when a writer gives nothing. */
    private static final Map<String, String> NOTHING_GIVEN = Map.of("title", "", "author", "", "tags", "", "from", "");

    @TempDir
    Path dir;

    /** The entry point's arguments for pom.xml's execution {@code id}, with {@code given} as -D values. */
    private static List<String> arguments(String id, Path root, Map<String, String> given) throws IOException {
        Map<String, String> values = new java.util.HashMap<>(NOTHING_GIVEN);
        values.putAll(given);
        return PomCommand.programArguments(POM, id, MAIN, root, values);
    }

    record Profile(String execution, Map<String, String> given, Command command, Consumer<Options> check) {}

    private static Named<Profile> profile(
            String command, String execution, Map<String, String> given, Command expected, Consumer<Options> check) {
        return named(command, new Profile(execution, given, expected, check));
    }

    static Stream<Named<Profile>> profiles() {
        Path root = Path.of("/home/jane doe/clinic blog");
        return Stream.of(
                profile("mvn package", "bake", Map.of(), Command.BUILD, o -> {
                    assertEquals(BuildOptions.DEFAULTS, o.build());
                    assertEquals(
                            Optional.of(root.resolve("target/site-build-failed.txt")),
                            o.failureMarker().file());
                }),
                profile(
                        "mvn package -Dcache=false -Dfacts.strict=true -Dfacts.maxAgeDays=90 -Dfacts.npi=1234567893"
                                + " -Dfacts.npiRegistryUrl=http://127.0.0.1:9/ -Dreview.maxAgeMonths=6",
                        "bake",
                        Map.of(
                                "cache", "false",
                                "facts.strict", "true",
                                "facts.maxAgeDays", "90",
                                "facts.npi", "1234567893",
                                "facts.npiRegistryUrl", "http://127.0.0.1:9/",
                                "review.maxAgeMonths", "6"),
                        Command.BUILD,
                        o -> assertEquals(
                                new BuildOptions(
                                        false,
                                        new FactsOptions(90, true),
                                        Optional.of(List.of("1234567893")),
                                        Optional.of("http://127.0.0.1:9/"),
                                        OptionalInt.of(6)),
                                o.build())),
                profile("mvn -Pfacts", "bake", Map.of("bake.mode", "facts"), Command.FACTS, o -> {}),
                profile(
                        "mvn -Ppreview -Dpreview.port=9000 -Dfacts.strict=true",
                        "preview",
                        Map.of("preview.port", "9000", "facts.strict", "true"),
                        Command.PREVIEW,
                        o -> {
                            assertEquals(9000, o.previewPort());
                            assertTrue(o.build().facts().strict());
                            assertEquals(
                                    Optional.of(root.resolve("target/preview-failed.txt")),
                                    o.failureMarker().file());
                        }),
                profile(
                        "mvn -Pnew -Dtitle=\"Sciatica: a 'Runner's' Guide\" -Dauthor=\"Jane Doe, PT\" -Dtags=\"a, b\"",
                        "new-article",
                        Map.of("title", "Sciatica: a 'Runner's' Guide", "author", "Jane Doe, PT", "tags", "a, b"),
                        Command.NEW,
                        o -> assertEquals(
                                new NewArticle.Request(
                                        "Sciatica: a 'Runner's' Guide", Optional.of("Jane Doe, PT"), List.of("a", "b")),
                                o.article())),
                profile(
                        "mvn -Pimport -Dfrom=\"old/Page name.html\"",
                        "old-page-import",
                        Map.of("from", "old/Page name.html"),
                        Command.IMPORT,
                        o -> assertEquals(Optional.of(Path.of("old/Page name.html")), o.importFrom())),
                profile(
                        "mvn site",
                        "content-report",
                        Map.of(),
                        Command.REPORT,
                        o -> assertEquals(
                                root.resolve("target/generated-site/markdown/content-report.md"), o.reportOutput())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void everyProfileRunsTheEntryPointWithWhatTheWriterGave(Profile profile) throws Exception {
        Path root = Path.of("/home/jane doe/clinic blog");
        Options options = Options.parse(arguments(profile.execution(), root, profile.given()), Map.of(), Map.of());

        assertEquals(profile.command(), options.command());
        assertEquals(root, options.root());
        profile.check().accept(options);
    }

    /** What a command printed, and its exit code. */
    private record Run(int exit, String out) {}

    private static Run run(List<String> args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OptionalInt exit = Main.run(args, Map.of(), Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exit.orElseThrow(), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void mvnPackageBuildsAndPublishes() throws Exception {
        TestSite site = TestSite.create(dir, "basic");

        Run run = run(arguments("bake", site.root(), Map.of()));

        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("build OK: 0 warning(s); site written to target/www"), run.out());
        assertTrue(Files.isRegularFile(site.www().resolve("index.html")));
        assertFalse(Files.exists(site.root().resolve("target/site-build-failed.txt")));
    }

    /** A writer's typo in an option: one line, Maven's own sentence after it, and nothing built. */
    @Test
    void aWrongValueStopsTheCommandWithOneLineAndTheMarkerMavenReads() throws Exception {
        TestSite site = TestSite.create(dir, "basic");

        Run run = run(arguments("bake", site.root(), Map.of("facts.strict", "ture")));

        String line =
                "The site was not built: -Dfacts.strict=ture is neither true nor false; write -Dfacts.strict=true,"
                        + " or leave it out";
        assertEquals(0, run.exit(), "Maven fails on the marker, without a stack trace");
        assertEquals(line + "\n", run.out());
        assertEquals(line + "\n", Files.readString(site.root().resolve("target/site-build-failed.txt")));
        assertFalse(Files.exists(site.www()));
    }

    @Test
    void mvnPfactsChecksTheFactsAndFailsThroughTheMarker() throws Exception {
        TestSite site = TestSite.create(dir, "basic", "stale-facts");

        Run run = run(arguments("bake", site.root(), Map.of("bake.mode", "facts")));

        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("content/blog/old-number.adoc:9:26: error:"), run.out());
        assertTrue(Files.exists(site.root().resolve("target/site-build-failed.txt")));
        assertFalse(Files.exists(site.www()), "nothing is baked");
    }

    @Test
    void mvnPnewStartsAnArticleOrSaysWhyNot() throws Exception {
        TestSite site = TestSite.create(dir, "basic");

        Run made = run(arguments("new-article", site.root(), Map.of("title", "Sciatica in Runners")));
        Run again = run(arguments("new-article", site.root(), Map.of("title", "Sciatica in Runners")));

        assertEquals(0, made.exit(), made.out());
        assertTrue(made.out().startsWith("Created content/blog/sciatica-in-runners.adoc: a draft dated"), made.out());
        assertTrue(made.out().contains("http://127.0.0.1:8820/blog/sciatica-in-runners/"), made.out());
        assertTrue(Files.isRegularFile(site.root().resolve("content/blog/sciatica-in-runners.adoc")));
        assertEquals(0, again.exit());
        assertTrue(
                again.out()
                        .startsWith(
                                "No article was created: content/blog/sciatica-in-runners.adoc already" + " exists"),
                again.out());
        assertTrue(Files.exists(site.root().resolve("target/new-article-failed.txt")));
    }

    @Test
    void mvnPimportBringsAPageOver() throws Exception {
        TestSite site = TestSite.create(dir, "basic");
        Files.copy(
                PROJECT.resolve("data/clinic.yml"),
                site.root().resolve("data/clinic.yml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(site.root().resolve("old"));
        Files.copy(
                PROJECT.resolve("src/test/resources/import/lower-back-pain-and-numbness-in-my-feet.html"),
                site.root().resolve("old/saved page.html"));

        Run run = run(arguments("old-page-import", site.root(), Map.of("from", "old/saved page.html")));

        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().startsWith("Imported old/saved page.html as content/blog/"), run.out());
        assertFalse(Files.exists(site.root().resolve("target/import-failed.txt")));

        Run nothing = run(arguments("old-page-import", site.root(), Map.of()));
        assertEquals(
                "Nothing was imported: say which saved page or folder to import: mvn -Pimport -Dfrom=old/page.html\n",
                nothing.out());
        assertTrue(Files.exists(site.root().resolve("target/import-failed.txt")));
    }
}
