package org.ispc.blog.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.testing.TestSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files writers could leave in the project by accident: each build ends with messages at a file (and a line
 * where there is one), never with an exception, and a failed build leaves the last site as it was.
 */
class BadInputTest {

    @TempDir
    Path dir;

    static Stream<Arguments> accidents() {
        return Stream.of(
                accident("random bytes named .adoc", "content/blog/junk.adoc", site -> {
                    byte[] junk = new byte[3000];
                    new Random(42).nextBytes(junk);
                    write(site.root().resolve("content/blog/junk.adoc"), junk);
                }),
                accident(
                        "an empty article",
                        "content/blog/empty.adoc",
                        site -> site.write("content/blog/empty.adoc", "")),
                accident(
                        "a header and nothing else, not even a line end",
                        "content/blog/bare.adoc",
                        site -> site.write(
                                "content/blog/bare.adoc", "= Bare\n:jbake-type: post\n:jbake-status: published")),
                accident("a partial that includes itself", "content/partials/self.adoc", site -> {
                    site.write("content/partials/self.adoc", "Again.\n\ninclude::self.adoc[]\n");
                    site.append("content/blog/posture-at-work.adoc", "\ninclude::../partials/self.adoc[]\n");
                }),
                accident("an include of a folder", "content/blog/posture-at-work.adoc", site -> {
                    mkdirs(site.root().resolve("content/partials/folder"));
                    site.append("content/blog/posture-at-work.adoc", "\ninclude::../partials/folder[]\n");
                }));
    }

    private static Arguments accident(String name, String path, Consumer<TestSite> make) {
        return Arguments.of(name, path, make);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accidents")
    void endsInMessagesAtTheFileAndKeepsTheLastSite(String name, String path, Consumer<TestSite> make) {
        TestSite site = TestSite.create(dir, "basic");
        assertTrue(site.build().published());
        Map<String, String> before = TestSite.files(site.www());
        make.accept(site);

        SiteBuild.Outcome outcome = site.build();

        assertFalse(outcome.published(), name + ": " + outcome.findings());
        List<Finding> errors =
                outcome.findings().stream().filter(Finding::isError).toList();
        assertTrue(errors.stream().anyMatch(f -> f.at().path().equals(path)), () -> name + ": " + errors);
        assertEquals(
                List.of(),
                errors.stream().filter(f -> f.message().contains("Exception")).toList(),
                "messages for writers, not exceptions");
        assertEquals(before, TestSite.files(site.www()), "the last good site stays");
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
