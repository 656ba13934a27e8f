package org.ispc.blog.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.pipeline.ConsoleReport;
import org.ispc.blog.pipeline.SiteBuild;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GitHubActionsTest {

    /**
     * GitHub's documented form ("Workflow commands for GitHub Actions": setting an error / a warning message):
     * {@code ::error file={name},line={line},col={col},title={title}::{message}}. A property's value holds no raw
     * comma or colon and a message no line break; a % only starts %25, %0D, %0A (and %3A, %2C in properties).
     */
    private static final Pattern COMMAND =
            Pattern.compile("::(error|warning|notice) ((?:[a-zA-Z]+=[^,:\\r\\n]*)(?:,[a-zA-Z]+=[^,:\\r\\n]*)*)::(.*)");

    private static final Pattern PROPERTY_ESCAPE = Pattern.compile("%(?!25|0D|0A|3A|2C)");
    private static final Pattern DATA_ESCAPE = Pattern.compile("%(?!25|0D|0A)");

    @TempDir
    Path dir;

    /** A failing fixture build on GitHub's runners: one annotation per finding, at its file, line and column. */
    @Test
    void aFailingBuildAnnotatesEveryFindingAtItsFileLineAndColumn() throws IOException {
        TestSite site = TestSite.create(dir, "basic", "lint-defects");
        Path summary = dir.resolve("step-summary.md");
        Files.writeString(summary, "# earlier step\n");
        SiteBuild.Outcome outcome = site.build();

        String printed = report(
                outcome, site.root(), Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()));

        List<Annotation> annotations = annotationsIn(printed);
        assertFalse(outcome.published());
        assertEquals(
                outcome.findings().stream().map(Annotation::of).toList(),
                annotations,
                "one annotation per finding, in the build's order");
        assertTrue(
                printed.lines()
                        .anyMatch(line -> line.startsWith("::error file=content/blog/knee-pain.adoc,line=9,col=27,"
                                + "title=lint/foreign-script::the character '\u4e00' (U+4E00, han script)")),
                printed);
        for (Annotation a : annotations) {
            Path file = site.root().resolve(a.file());
            assertTrue(Files.isRegularFile(file), a + " names a file of the site");
            if (a.line() > 0) {
                List<String> lines = Files.readAllLines(file);
                assertTrue(a.line() <= lines.size(), a + " names a line of the file");
                assertTrue(a.column() <= lines.get(a.line() - 1).length() + 1, a + " names a column of the line");
            }
        }
        String written = Files.readString(summary);
        assertTrue(written.startsWith("# earlier step\n## The site was not published: 7 errors to fix\n"), written);
        assertTrue(
                written.contains("\n### `content/blog/knee-pain.adoc`\n\n- **Line 9, column 27**, error: the"
                        + " character '\u4e00'"),
                written);
        assertTrue(written.contains("(`lint/foreign-script` in the writer's guide)"), written);
    }

    /** Anywhere else (a writer's own computer, another CI) the output stays as it was. */
    @Test
    void withoutGitHubActionsNothingChanges() {
        TestSite site = TestSite.create(dir, "basic", "lint-defects");
        SiteBuild.Outcome outcome = site.build();
        Path summary = dir.resolve("step-summary.md");

        String plain = report(outcome, site.root(), Map.of());
        String elsewhere = report(
                outcome, site.root(), Map.of("GITHUB_ACTIONS", "false", "GITHUB_STEP_SUMMARY", summary.toString()));

        assertEquals(plain, elsewhere);
        assertFalse(plain.lines().anyMatch(line -> line.startsWith("::")), plain);
        assertFalse(Files.exists(summary));
    }

    record Escape(String name, Finding finding, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Escape> escapes() {
        return Stream.of(
                new Escape(
                        "a warning with no column",
                        Finding.warning(Position.at("content/blog/a.adoc", 3, 0), "lint/no-tags", "add topics"),
                        "::warning file=content/blog/a.adoc,line=3,title=lint/no-tags::add topics"),
                new Escape(
                        "a whole file",
                        Finding.error(Position.file("data/clinic.yml"), "facts/x", "m"),
                        "::error file=data/clinic.yml,title=facts/x::m"),
                new Escape(
                        "percent and a line break in the message escaped as GitHub documents (the console writes the"
                                + " break out as \\u000D\\n instead), colons and commas kept",
                        Finding.error(Position.at("p.adoc", 1, 2), "lint/r", "50% off:\r\nnow, or later"),
                        "::error file=p.adoc,line=1,col=2,title=lint/r::50%25 off:%0D%0Anow, or later"),
                new Escape(
                        "another control character is written out, as on the console",
                        Finding.error(Position.at("p.adoc", 1, 2), "lint/r", "a\u001B[2Jb"),
                        "::error file=p.adoc,line=1,col=2,title=lint/r::a\\u001B[2Jb"),
                new Escape(
                        "commas, colons and percent in a property (a file's name: a rule's id, a RuleId, cannot hold them)",
                        Finding.error(Position.at("content/a,b:c%.adoc", 1, 1), "lint/x", "m"),
                        "::error file=content/a%2Cb%3Ac%25.adoc,line=1,col=1,title=lint/x::m"));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void propertiesAndMessagesAreEscapedAsGitHubDocumentsThem(Escape row) {
        String line = WorkflowCommands.annotation(row.finding());

        assertEquals(row.expected(), line);
        if (!row.finding().text().contains("\u001B")) {
            assertEquals(List.of(Annotation.of(row.finding())), annotationsIn(line));
        }
    }

    /**
     * A failing fixture build whose finding quotes a line break from the writer's file (a number written over two
     * lines in data/clinic.yml): the console keeps one line per finding, writing the break out; the annotation, at
     * the file, line and column, carries the break as GitHub documents it (%0D%0A), so that GitHub shows it as typed.
     */
    @Test
    void aLineBreakQuotedFromTheWritersFileIsGitHubsEscapeInTheAnnotationAndWrittenOutOnTheConsole()
            throws IOException {
        TestSite site = TestSite.create(dir, "basic");
        Path clinic = site.root().resolve("data/clinic.yml");
        Files.writeString(
                clinic, Files.readString(clinic).replace("phone: \"202-555-0110\"", "phone: \"202\\r\\nBAD\""));
        SiteBuild.Outcome outcome = site.build();

        String printed = report(outcome, site.root(), Map.of("GITHUB_ACTIONS", "true"));

        assertFalse(outcome.published());
        String message = "has letters in it; write the number in digits only, such as \"202-851-7034\"";
        assertTrue(
                printed.lines()
                        .anyMatch(
                                line -> line.equals("::error file=data/clinic.yml,line=2,col=8,title=facts/bad-phone::"
                                        + "'202%0D%0ABAD' " + message)),
                printed);
        assertTrue(
                printed.lines()
                        .anyMatch(line -> line.startsWith("data/clinic.yml:2:8: error: '202\\u000D\\nBAD' " + message)),
                printed);
        assertTrue(
                annotationsIn(printed)
                        .contains(new Annotation(
                                "error", "data/clinic.yml", 2, 8, "facts/bad-phone", "'202\r\nBAD' " + message)),
                printed);
        for (String line : printed.split("\n")) {
            assertFalse(line.contains("\r"), "one line per finding: " + line);
        }
    }

    /** A line break would end the command: one reaching a message or a property is escaped all the same. */
    @Test
    void lineBreaksAreEscapedInMessagesAndProperties() {
        assertEquals("a%0D%0Ab%25", WorkflowCommands.data("a\r\nb%"));
        assertEquals("a%0Ab%3Ac%2Cd", WorkflowCommands.property("a\nb:c,d"));
    }

    private static String report(SiteBuild.Outcome outcome, Path root, Map<String, String> environment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleReport.print(outcome, root, new PrintStream(bytes, true, StandardCharsets.UTF_8), environment);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** An annotation as GitHub reads it back from a command line. */
    record Annotation(String severity, String file, int line, int column, String title, String message) {
        static Annotation of(Finding f) {
            return new Annotation(
                    f.severity().label(),
                    f.at().path(),
                    f.at().line(),
                    f.at().column(),
                    f.rule().toString(),
                    f.text());
        }
    }

    /** Parses every workflow command printed, failing on any line that starts like one but breaks the format. */
    private static List<Annotation> annotationsIn(String printed) {
        List<Annotation> found = new ArrayList<>();
        for (String line : printed.split("\n")) {
            if (!line.startsWith("::")) {
                continue;
            }
            Matcher m = COMMAND.matcher(line);
            assertTrue(m.matches(), "not a workflow command as documented: " + line);
            Map<String, String> properties = new LinkedHashMap<>();
            for (String pair : m.group(2).split(",")) {
                String[] kv = pair.split("=", 2);
                assertFalse(PROPERTY_ESCAPE.matcher(kv[1]).find(), "a lone % in " + pair);
                properties.put(kv[0], unescape(kv[1]));
            }
            assertFalse(DATA_ESCAPE.matcher(m.group(3)).find(), "a lone % in " + m.group(3));
            assertTrue(
                    List.of("file", "line", "col", "title").containsAll(properties.keySet()),
                    "only documented properties: " + properties.keySet());
            found.add(new Annotation(
                    m.group(1),
                    properties.get("file"),
                    Integer.parseInt(properties.getOrDefault("line", "0")),
                    Integer.parseInt(properties.getOrDefault("col", "0")),
                    properties.get("title"),
                    unescape(m.group(3))));
        }
        return found;
    }

    private static String unescape(String text) {
        return text.replace("%0D", "\r")
                .replace("%0A", "\n")
                .replace("%3A", ":")
                .replace("%2C", ",")
                .replace("%25", "%");
    }
}
