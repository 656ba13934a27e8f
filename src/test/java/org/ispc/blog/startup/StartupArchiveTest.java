package org.ispc.blog.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {

    @TempDir
    Path dir;

    @Test
    void theArchiveIsNamedByTheJvmsOptionsAndServesTheJarsBeforeTheFirstFolder() {
        List<String> options = List.of("-Xss4m", "-XX:SharedArchiveFile=/c/a.jsa", "-XX:DumpLoadedClassList=/t/l.txt");

        StartupArchive archive = StartupArchive.of(options, "/m/a.jar:/m/B.JAR:/p/target/classes:/m/c.jar", ":")
                .orElseThrow();

        assertEquals(Path.of("/c/a.jsa"), archive.archive());
        assertEquals(Path.of("/t/l.txt"), archive.loadedClasses());
        assertEquals(List.of(Path.of("/m/a.jar"), Path.of("/m/B.JAR")), archive.libraries());
        assertTrue(StartupArchive.of(List.of("-Xss4m", "-XX:DumpLoadedClassList=/t/l.txt"), "/m/a.jar", ":")
                .isEmpty());
        assertTrue(
                StartupArchive.of(options.subList(0, 2), "/m/a.jar", ":").isEmpty(), "no class list to make it from");
        assertTrue(StartupArchive.of(options, "/p/target/classes:/m/a.jar", ":").isEmpty(), "no jar comes first");
    }

    @Test
    void theBuildsOwnClassesAreLeftOutOfTheArchivesList() {
        List<String> loaded = List.of(
                "java/lang/Object id: 0",
                "org/jsoup/Jsoup",
                "org/ispc/blog/cli/Main",
                "@lambda-proxy org/ispc/blog/cli/Main run ()V",
                "@lambda-proxy org/jsoup/nodes/Element x ()V");

        assertEquals(
                List.of("java/lang/Object id: 0", "org/jsoup/Jsoup", "@lambda-proxy org/jsoup/nodes/Element x ()V"),
                StartupArchive.libraryClasses(loaded));
    }

    @Test
    void aRunWithoutTheArchiveWritesItTheNextMapsItAndAChangedJarMakesItWriteAnew() throws Exception {
        Path archive = dir.resolve("cache/archive.jsa");
        Path jar = libraryJar();

        Probe first = probe(archive, jar, "org/jsoup/Jsoup");
        assertFalse(first.vm().contains("sharing"), first.output());
        assertEquals("WRITTEN", first.outcome(), first.output());
        assertTrue(first.output().contains("note: preparing this machine's start-up archive"), first.output());
        assertTrue(Files.size(archive) > 0);
        FileTime written = Files.getLastModifiedTime(archive);

        Probe second = probe(archive, jar, "org/jsoup/Jsoup");
        assertTrue(second.vm().contains("sharing"), second.output());
        assertEquals("NOTHING_TO_DO", second.outcome(), second.output());
        assertEquals(written, Files.getLastModifiedTime(archive));

        // a library updated in place (same path, other time): the JVM no longer maps the archive, and the run says
        // nothing of it but writes the archive again
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Probe third = probe(archive, jar, "org/jsoup/Jsoup");
        assertFalse(third.vm().contains("sharing"), third.output());
        assertEquals("WRITTEN", third.outcome(), third.output());
        assertTrue(probe(archive, jar, "org/jsoup/Jsoup").vm().contains("sharing"));
        try (var left = Files.list(archive.getParent())) {
            assertEquals(List.of(archive), left.toList(), "temporary files are removed");
        }
    }

    @Test
    void archivesOfEarlierJdksThatNoBuildWroteForMonthsAreRemovedWhenOneIsWritten() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path old = Files.writeString(cache.resolve("bake-libraries-java17.0.9.jsa"), "old");
        Path recent = Files.writeString(cache.resolve("bake-libraries-java21.0.5.jsa"), "in use by another JDK");
        Path notAnArchive = Files.writeString(cache.resolve("notes.txt"), "kept");
        long now = System.currentTimeMillis();
        Files.setLastModifiedTime(
                old, FileTime.fromMillis(now - StartupArchive.FORGOTTEN_AFTER.toMillis() - 86_400_000));
        Files.setLastModifiedTime(notAnArchive, FileTime.fromMillis(0));
        old.toFile().setReadOnly();

        Probe run = probe(cache.resolve("bake-libraries-java17.0.15.jsa"), libraryJar(), "org/jsoup/Jsoup");

        assertEquals("WRITTEN", run.outcome(), run.output());
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
        assertTrue(Files.exists(notAnArchive));
    }

    @Test
    void aJvmThatCannotMapACurrentArchiveLeavesItAsItIs() throws Exception {
        Path archive = dir.resolve("cache/archive.jsa");
        Path jar = libraryJar();
        assertEquals("WRITTEN", probe(archive, jar, "org/jsoup/Jsoup").outcome());
        FileTime written = Files.getLastModifiedTime(archive);

        Probe unshared = probe(archive, jar, "org/jsoup/Jsoup", "-Xshare:off");

        assertFalse(unshared.vm().contains("sharing"), unshared.output());
        assertEquals("CURRENT", unshared.outcome(), unshared.output());
        assertFalse(unshared.output().contains("note:"), unshared.output());
        assertEquals(written, Files.getLastModifiedTime(archive));
    }

    @Test
    void aRunThatNeverLoadedWhatTheArchiveIsForWritesNone() throws Exception {
        Path archive = dir.resolve("cache/archive.jsa");

        Probe run = probe(archive, libraryJar(), "org/asciidoctor/jruby/internal/JRubyAsciidoctor");

        assertEquals("NOT_REPRESENTATIVE", run.outcome(), run.output());
        assertFalse(Files.exists(archive));
        assertFalse(run.output().contains("note:"), run.output());
    }

    private record Probe(String output) {
        String vm() {
            return line("vm: ");
        }

        String outcome() {
            return line("outcome: ");
        }

        private String line(String prefix) {
            return output.lines()
                    .filter(l -> l.startsWith(prefix))
                    .map(l -> l.substring(prefix.length()))
                    .findFirst()
                    .orElse("");
        }
    }

    /** The probe in a JVM of its own, started as pom.xml starts the bake: jars first, then the folders of classes. */
    private Probe probe(Path archive, Path jar, String requiredClass, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> folders = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> Files.isDirectory(Path.of(entry)))
                .toList();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + archive));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(
                "-XX:DumpLoadedClassList=" + dir.resolve("loaded-classes.txt"),
                "-cp",
                jar + File.pathSeparator + String.join(File.pathSeparator, folders),
                StartupArchiveProbe.class.getName(),
                requiredClass));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("parsed: a"), output);
        return new Probe(output);
    }

    /** A copy of jsoup's jar that the test may touch. */
    private Path libraryJar() throws IOException {
        Path jsoup = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith("jsoup-"))
                .findFirst()
                .orElseThrow();
        Path copy = dir.resolve("lib").resolve(jsoup.getFileName());
        Files.createDirectories(copy.getParent());
        return Files.copy(jsoup, copy);
    }
}
