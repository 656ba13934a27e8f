package org.ispc.blog.startup;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ispc.blog.content.FileTree;

/**
 * The JVM's class-data archive of the build's libraries (JRuby, Asciidoctor, JBake, Freemarker, the HTML validator
 * and the rest): a file the JVM maps at start instead of reading, verifying and linking some 11,000 classes from
 * their jars again, which is most of a second of every build on the project's machines.
 *
 * <p>pom.xml starts the bake's JVM with {@code -XX:SharedArchiveFile=} naming the archive in the user's cache folder
 * (it depends only on the JDK and the library jars, so one file serves every build and every clone on the machine)
 * and with {@code -XX:DumpLoadedClassList=}, which lists the classes the run loads. When the archive is missing or
 * no longer matches the JDK or a jar, the JVM starts without it and says nothing (it checks every jar's size and
 * time); at the end of such a build, {@link #write} makes it from that list, once.
 *
 * <p>Java 17 refuses to archive classes from a folder, and an archive is only used when its class path begins the
 * JVM's: so the archive holds the jars alone, pom.xml puts target/classes after them, and the build's own classes,
 * which change while developers work, never make the archive stale.
 *
 * @param archive where the archive is kept
 * @param loadedClasses the list of classes this JVM loaded, written by the JVM as it runs
 * @param libraries the jars at the start of this JVM's class path, in order: what the archive is made from
 */
public record StartupArchive(Path archive, Path loadedClasses, List<Path> libraries) {

    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    private static final String CLASS_LIST_OPTION = "-XX:DumpLoadedClassList=";
    /** Our own classes come from target/classes, which cannot be archived: the archive's list leaves them out. */
    private static final String OWN_CLASSES = "org/ispc/";
    /** How long an archive no build wrote again is kept beside the current one. */
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(90);

    public StartupArchive {
        libraries = List.copyOf(libraries);
    }

    /** How writing the archive went. */
    public enum Outcome {
        WRITTEN,
        /** this run did not load the classes the archive is for (a build that never started Asciidoctor) */
        NOT_REPRESENTATIVE,
        /**
         * the archive is newer than the JDK and every jar, yet this JVM did not map it (started with -Xshare:off, or
         * could not place it in memory this time): writing it again would not help, and would cost every build
         */
        CURRENT,
        FAILED
    }

    /**
     * The archive this JVM was told to start with, when it started without it (missing, or made for another JDK or
     * other jars); empty when the JVM maps an archive, or was not told to use one and to list its classes.
     */
    public static Optional<StartupArchive> missingInThisJvm() {
        if (System.getProperty("java.vm.info", "").contains("sharing")) {
            return Optional.empty();
        }
        return of(
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path", ""),
                File.pathSeparator);
    }

    /** The archive named by a JVM's options, with the jars that begin its class path; empty when one is not named. */
    static Optional<StartupArchive> of(List<String> jvmOptions, String classPath, String separator) {
        Optional<Path> archive = option(jvmOptions, ARCHIVE_OPTION);
        Optional<Path> loaded = option(jvmOptions, CLASS_LIST_OPTION);
        if (archive.isEmpty() || loaded.isEmpty()) {
            return Optional.empty();
        }
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(java.util.regex.Pattern.quote(separator))) {
            if (entry.isEmpty() || !entry.toLowerCase(java.util.Locale.ROOT).endsWith(".jar")) {
                break; // the archive serves the jars that come before the first folder
            }
            jars.add(Path.of(entry));
        }
        return jars.isEmpty() ? Optional.empty() : Optional.of(new StartupArchive(archive.get(), loaded.get(), jars));
    }

    private static Optional<Path> option(List<String> jvmOptions, String prefix) {
        return jvmOptions.stream()
                .filter(o -> o.startsWith(prefix) && o.length() > prefix.length())
                .map(o -> Path.of(o.substring(prefix.length())))
                .reduce((first, last) -> last);
    }

    /**
     * Makes the archive from the classes this run loaded, when they include {@code requiredClass} (written as the
     * JVM lists it, {@code org/asciidoctor/Asciidoctor}): a run that never loaded it would make an archive without
     * what takes longest to load. Says what it does on {@code out}, in a line a writer understands.
     */
    public Outcome write(String requiredClass, Duration timeout, PrintStream out) {
        if (isCurrent()) {
            return Outcome.CURRENT;
        }
        List<String> classes;
        try {
            classes = Files.readAllLines(loadedClasses, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Outcome.NOT_REPRESENTATIVE;
        }
        if (classes.stream().noneMatch(line -> line.equals(requiredClass) || line.startsWith(requiredClass + " "))) {
            return Outcome.NOT_REPRESENTATIVE;
        }
        out.println("note: preparing this machine's start-up archive of the build's Java libraries, once (about ten"
                + " seconds); later builds start faster: " + archive);
        Path folder = archive.toAbsolutePath().getParent();
        Path list = null;
        Path partial = null;
        Path log = null;
        try {
            Files.createDirectories(folder);
            list = Files.createTempFile(folder, "classes-", ".txt");
            partial = Files.createTempFile(folder, "archive-", ".partial");
            log = Files.createTempFile(folder, "archive-", ".log");
            Files.write(list, libraryClasses(classes), StandardCharsets.UTF_8);
            Process dump = new ProcessBuilder(dumpCommand(list, partial))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!dump.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                dump.destroyForcibly().waitFor();
                return failed(out, "it took longer than " + timeout.toSeconds() + " s");
            }
            if (dump.exitValue() != 0 || Files.size(partial) == 0) {
                return failed(out, lastLine(log));
            }
            moveIntoPlace(partial);
            forgetOldArchives();
            return Outcome.WRITTEN;
        } catch (IOException e) {
            return failed(out, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(out, "interrupted");
        } finally {
            deleteQuietly(list);
            deleteQuietly(partial);
            deleteQuietly(log);
        }
    }

    /** Whether the archive was written after the JDK and every library last changed (the JVM's own checks, roughly). */
    boolean isCurrent() {
        try {
            long written = Files.getLastModifiedTime(archive).toMillis();
            Path jdk = Path.of(System.getProperty("java.home"), "lib", "modules");
            if (Files.exists(jdk) && Files.getLastModifiedTime(jdk).toMillis() > written) {
                return false;
            }
            for (Path jar : libraries) {
                if (Files.getLastModifiedTime(jar).toMillis() > written) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false; // no archive yet, or a jar gone
        }
    }

    /**
     * Removes the archives beside this one (made for JDKs used before, 75 MB each) that no build has written for
     * {@link #FORGOTTEN_AFTER}: a JDK still in use only writes its own again, once.
     */
    void forgetOldArchives() {
        long before = System.currentTimeMillis() - FORGOTTEN_AFTER.toMillis();
        Path folder = archive.toAbsolutePath().getParent();
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path other : files.toList()) {
                if (other.getFileName().toString().endsWith(".jsa")
                        && !other.equals(archive.toAbsolutePath())
                        && Files.getLastModifiedTime(other).toMillis() < before) {
                    other.toFile().setWritable(true); // the JVM writes archives read-only
                    deleteQuietly(other);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // an old archive left behind takes room, nothing else
        }
    }

    /** The JVM's own command for writing an archive from a list of classes and a class path. */
    List<String> dumpCommand(Path classList, Path into) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + into,
                "-cp",
                String.join(
                        File.pathSeparator,
                        libraries.stream().map(Path::toString).toList()));
    }

    /** The lines of the JVM's class list that name library classes (and the JVM's own entries, such as lambdas). */
    static List<String> libraryClasses(List<String> loaded) {
        return loaded.stream()
                .filter(line -> !line.startsWith(OWN_CLASSES) && !line.startsWith("@lambda-proxy " + OWN_CLASSES))
                .toList();
    }

    /**
     * Another build may be mapping the archive: it is replaced by a rename, never rewritten in place. The JVM
     * writes archives read-only, which Windows will not replace: the old one is made writable first.
     */
    private void moveIntoPlace(Path partial) throws IOException {
        if (Files.exists(archive)) {
            archive.toFile().setWritable(true);
        }
        FileTree.moveIntoPlace(partial, archive);
    }

    private Outcome failed(PrintStream out, String why) {
        out.println("note: the start-up archive could not be made (" + why
                + "); builds work without it, a second slower each");
        return Outcome.FAILED;
    }

    private static String lastLine(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .reduce((first, last) -> last)
                    .orElse("the JVM wrote no archive");
        } catch (IOException e) {
            return "the JVM wrote no archive";
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file in the cache folder harms nothing
        }
    }
}
