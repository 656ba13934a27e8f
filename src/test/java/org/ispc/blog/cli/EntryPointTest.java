package org.ispc.blog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One entry point, and options read there only: below it, code takes what it needs as parameters. A property or a
 * variable read deep in the build is an option no one can see from the command line, and that tests must set for
 * the whole JVM.
 */
class EntryPointTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final Path SOURCES = PROJECT.resolve("src/main/java");
    private static final String ENTRY_PACKAGE = "org/ispc/blog/cli/";

    /** Whatever reads the JVM's properties or the environment. */
    private static final Pattern READS = Pattern.compile(
            "System\\s*\\.\\s*(getProperty|getProperties|getenv)\\s*\\(|(Boolean\\s*\\.\\s*getBoolean|Integer\\s*\\"
                    + ".\\s*getInteger|Long\\s*\\.\\s*getLong)\\s*\\(");

    /**
     * What code below the entry point may read: facts about the JVM it runs in, which no one gives as an option
     * (where it is installed, its class path, whether it mapped the start-up archive), and the JDK server's own time
     * limit, which the preview sets unless the JVM was started with one. Each with the number of reads.
     */
    private static final Map<String, Integer> JVM_FACTS = Map.of(
            "org/ispc/blog/startup/StartupArchive.java", 4,
            "org/ispc/blog/cache/CodeDigest.java", 1,
            "org/ispc/blog/preview/PreviewServer.java", 1);

    @Test
    void theOnlyMainMethodIsTheEntryPoint() throws IOException {
        Pattern main = Pattern.compile("static\\s+void\\s+main\\s*\\(");
        assertEquals(
                List.of(ENTRY_PACKAGE + "Main.java"),
                sources().entrySet().stream()
                        .filter(e -> main.matcher(e.getValue()).find())
                        .map(Map.Entry::getKey)
                        .toList());
    }

    @Test
    void noPropertyOrVariableIsReadBelowTheEntryPoint() throws IOException {
        Map<String, Integer> reads = new TreeMap<>();
        for (Map.Entry<String, String> source : sources().entrySet()) {
            if (source.getKey().startsWith(ENTRY_PACKAGE)) {
                continue;
            }
            Matcher m = READS.matcher(source.getValue());
            while (m.find()) {
                reads.merge(source.getKey(), 1, Integer::sum);
            }
        }
        assertEquals(
                new TreeMap<>(JVM_FACTS),
                reads,
                "read an option in cli/Options and pass it down; only facts about the JVM may be read where used");
    }

    /** Every Java file of src/main, by its path under the source folder. */
    private static Map<String, String> sources() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(
                        SOURCES.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }
}
