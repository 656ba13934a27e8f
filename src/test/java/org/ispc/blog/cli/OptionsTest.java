package org.ispc.blog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Named.named;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ispc.blog.facts.FactsOptions;
import org.ispc.blog.pipeline.BuildOptions;
import org.ispc.blog.report.ContentReport;
import org.ispc.blog.writer.NewArticle;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line of the one entry point: every option, its default, and what a wrong one is told. */
class OptionsTest {

    private static final Path ROOT = Path.of("/work/site");

    private static Options parse(String... args) throws Options.Invalid {
        return Options.parse(List.of(args), Map.of(), Map.of());
    }

    @Test
    void withoutOptionsEveryValueIsItsDefault() throws Exception {
        Options build = parse("build", ROOT.toString());

        assertEquals(Command.BUILD, build.command());
        assertEquals(ROOT, build.root());
        assertEquals(BuildOptions.DEFAULTS, build.build());
        assertEquals(FactsOptions.DEFAULTS, build.build().facts());
        assertEquals(8820, build.previewPort());
        assertEquals(Optional.empty(), build.failureMarker().file());
        assertEquals(Map.of(), build.environment());
        assertEquals(Path.of("").toAbsolutePath(), parse("facts").root(), "the current folder");
        assertEquals(
                ROOT.resolve(ContentReport.OUTPUT),
                parse("report", ROOT.toString()).reportOutput());
    }

    record Row(List<String> args, Function<Options, Object> read, Object expected) {}

    private static Named<Row> row(String name, List<String> args, Function<Options, Object> read, Object expected) {
        return named(name, new Row(args, read, expected));
    }

    static Stream<Named<Row>> options() {
        Function<Options, Object> facts = o -> o.build().facts();
        return Stream.of(
                row(
                        "cache off",
                        List.of("build", "--cache=false"),
                        o -> o.build().useCache(),
                        false),
                row("cache on", List.of("build", "--cache=TRUE"), o -> o.build().useCache(), true),
                row("days", List.of("build", "--facts.maxAgeDays=90"), facts, new FactsOptions(90, false)),
                row(
                        "days with spaces",
                        List.of("build", "--facts.maxAgeDays= 30 "),
                        facts,
                        new FactsOptions(30, false)),
                row("zero days", List.of("facts", "--facts.maxAgeDays=0"), facts, new FactsOptions(0, false)),
                row("strict", List.of("build", "--facts.strict=true"), facts, new FactsOptions(180, true)),
                row("strict in capitals", List.of("facts", "--facts.strict=TRUE"), facts, new FactsOptions(180, true)),
                row("not strict", List.of("build", "--facts.strict=false"), facts, new FactsOptions(180, false)),
                row(
                        "empty values, as pom.xml passes what was not given",
                        List.of(
                                "build",
                                "--facts.maxAgeDays=",
                                "--facts.strict=",
                                "--cache=",
                                "--review.maxAgeMonths="),
                        o -> o.build(),
                        BuildOptions.DEFAULTS),
                row(
                        "NPI numbers",
                        List.of("build", "--facts.npi=1234567890, 1234567893"),
                        o -> o.build().npis(),
                        Optional.of(List.of("1234567890", "1234567893"))),
                row(
                        "the registry's address",
                        List.of("build", "--facts.npiRegistryUrl=http://127.0.0.1:9/api/"),
                        o -> o.build().npiRegistryUrl(),
                        Optional.of("http://127.0.0.1:9/api/")),
                row(
                        "review months",
                        List.of("report", "--review.maxAgeMonths=6"),
                        o -> o.build().reviewMaxAgeMonths(),
                        OptionalInt.of(6)),
                row("preview port", List.of("preview", "--preview.port=9000"), Options::previewPort, 9000),
                row("any free port", List.of("preview", "--preview.port=0"), Options::previewPort, 0),
                row(
                        "the article",
                        List.of("new", "--title= Sciatica  in Runners", "--author=Jane Doe, PT", "--tags=a, b,"),
                        Options::article,
                        new NewArticle.Request("Sciatica in Runners", Optional.of("Jane Doe, PT"), List.of("a", "b"))),
                row(
                        "a title that starts with @ is a title, not a file of arguments",
                        List.of("new", "--title=@Home Exercises"),
                        o -> o.article().title(),
                        "@Home Exercises"),
                row("the port new names", List.of("new", "--preview.port=9001"), Options::previewPort, 9001),
                row(
                        "what to import",
                        List.of("import", "--from=old/page one.html"),
                        Options::importFrom,
                        Optional.of(Path.of("old/page one.html"))),
                row(
                        "the report's file",
                        List.of("report", ROOT.toString(), "--output=out/report.md"),
                        Options::reportOutput,
                        ROOT.resolve("out/report.md")),
                row(
                        "the failure marker",
                        List.of("build", "--failure-marker=/t/failed.txt"),
                        o -> o.failureMarker().file(),
                        Optional.of(Path.of("/t/failed.txt"))),
                row(
                        "the last of an option given twice",
                        List.of("build", "--facts.maxAgeDays=1", "--facts.maxAgeDays=2"),
                        facts,
                        new FactsOptions(2, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void readsEveryOption(Row row) throws Exception {
        assertEquals(row.expected(), row.read().apply(Options.parse(row.args(), Map.of(), Map.of())));
    }

    @Test
    void anOptionMayBeASystemPropertyAndTheArgumentWins() throws Exception {
        Map<String, String> properties = Map.of("facts.strict", "true", "facts.maxAgeDays", "30", "java.home", "/j");

        assertEquals(
                new FactsOptions(30, true),
                Options.parse(List.of("build"), properties, Map.of()).build().facts());
        assertEquals(
                new FactsOptions(7, true),
                Options.parse(List.of("build", "--facts.maxAgeDays=7"), properties, Map.of())
                        .build()
                        .facts());
        Options.Invalid bad = assertThrows(
                Options.Invalid.class, () -> Options.parse(List.of("build"), Map.of("facts.strict", "ture"), Map.of()));
        assertEquals(
                "The site was not built: -Dfacts.strict=ture is neither true nor false; write -Dfacts.strict=true, or"
                        + " leave it out",
                bad.getMessage());
    }

    @Test
    void onlyGitHubsVariablesAreKeptOfTheEnvironment() throws Exception {
        Map<String, String> environment =
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", "/s.md", "HOME", "/root", "PATH", "/bin");

        assertEquals(
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", "/s.md"),
                Options.parse(List.of("build"), Map.of(), environment).environment());
    }

    record Bad(List<String> args, String message) {}

    private static Named<Bad> bad(String name, List<String> args, String message) {
        return named(name, new Bad(args, message));
    }

    static Stream<Named<Bad>> invalid() {
        String commands = "the commands are build (mvn package), facts (mvn -Pfacts), preview (mvn -Ppreview), new"
                + " (mvn -Pnew), import (mvn -Pimport), report (mvn site)";
        String building = "--cache, --facts.maxAgeDays, --facts.strict, --facts.npi, --facts.npiRegistryUrl,"
                + " --review.maxAgeMonths";
        return Stream.of(
                bad("no command", List.of(), "say what to run: " + commands),
                bad(
                        "a misspelt command",
                        List.of("buidl"),
                        "unknown command 'buidl' (did you mean build?); " + commands),
                bad(
                        "days in words",
                        List.of("build", "--facts.maxAgeDays=six months"),
                        "The site was not built: -Dfacts.maxAgeDays=six months is not a number of days; write a whole"
                                + " number, such as -Dfacts.maxAgeDays=180"),
                bad(
                        "negative days",
                        List.of("facts", "--facts.maxAgeDays=-5"),
                        "The clinic facts were not checked: -Dfacts.maxAgeDays=-5 is not a number of days; write a"
                                + " whole number, such as -Dfacts.maxAgeDays=180"),
                bad(
                        "a typo in strict",
                        List.of("build", "--facts.strict=ture"),
                        "The site was not built: -Dfacts.strict=ture is neither true nor false; write"
                                + " -Dfacts.strict=true, or leave it out"),
                bad(
                        "a typo in cache",
                        List.of("build", "--cache=flase"),
                        "The site was not built: -Dcache=flase is neither true nor false; write -Dcache=false to"
                                + " convert every article again, or leave it out"),
                bad(
                        "review months in words",
                        List.of("report", "--review.maxAgeMonths=six"),
                        "The content report was not written: -Dreview.maxAgeMonths=six is not a number of months;"
                                + " write a whole number, such as -Dreview.maxAgeMonths=12"),
                bad(
                        "a registry that is not a web address",
                        List.of("build", "--facts.npiRegistryUrl=npiregistry"),
                        "The site was not built: -Dfacts.npiRegistryUrl=npiregistry is not a web address; write one"
                                + " with https://, such as -Dfacts.npiRegistryUrl=https://npiregistry.cms.hhs.gov/api/"),
                bad(
                        "a port in words",
                        List.of("preview", "--preview.port=eighty"),
                        "The preview did not start: -Dpreview.port=eighty is not a port number; write one from 1 to"
                                + " 65535, such as -Dpreview.port=9000"),
                bad(
                        "a port too high",
                        List.of("new", "--preview.port=70000"),
                        "No article was created: -Dpreview.port=70000 is not a port number; write one from 1 to"
                                + " 65535, such as -Dpreview.port=9000"),
                bad(
                        "nothing to import",
                        List.of("import", "--from= "),
                        "Nothing was imported: say which saved page or folder to import: mvn -Pimport"
                                + " -Dfrom=old/page.html"),
                bad(
                        "a misspelt option",
                        List.of("new", "--titel=Sciatica"),
                        "No article was created: unknown option --titel (did you mean --title?); new takes --title,"
                                + " --author, --tags, --preview.port"),
                bad(
                        "another command's option",
                        List.of("build", "--title=Sciatica"),
                        "The site was not built: unknown option --title; build takes " + building),
                bad(
                        "two folders",
                        List.of("build", "/a", "/b"),
                        "The site was not built: one project folder only, not also '/b'"),
                bad(
                        "an option without its value",
                        List.of("import", "--from"),
                        "Nothing was imported: the option --from needs a value, written as --from=..."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void explainsWhatIsWrongInOneLine(Bad row) {
        Options.Invalid e = assertThrows(Options.Invalid.class, () -> Options.parse(row.args(), Map.of(), Map.of()));
        assertEquals(row.message(), e.getMessage());
    }
}
