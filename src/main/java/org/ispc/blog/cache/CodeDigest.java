package org.ispc.blog.cache;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ispc.blog.content.Digest;
import org.ispc.blog.content.FileTree;

/**
 * A digest of the code that produces every cached result: the build's own compiled classes, file by file, and the
 * name and size of every library jar it runs with (their names carry their versions). Every cache of the build
 * puts it in its keys, so a rule added or changed, or a library upgraded, can never be answered from results the
 * old code produced, and nobody has to remember to bump a version by hand.
 *
 * <p>It covers all of our classes rather than each check's own: a rule leans on shared code (the manuscript's
 * parse, positions, the facts), and a list of what a check depends on is exactly what can be forgotten. The price
 * is that any change to the code makes the next build convert and check everything once, which only developers
 * ever see.
 */
public final class CodeDigest {

    private CodeDigest() {}

    /** The digest of the code this JVM runs the build with, worked out once per JVM. */
    public static String ofRunningBuild() {
        return RunningBuild.DIGEST;
    }

    /**
     * The digest of a build's code.
     *
     * @param ownCode the folder (or jar) holding the build's own classes: every file in it counts
     * @param classPath the other entries of the class path: a jar counts by its name and size, a folder by its
     *     name
     */
    public static String of(Path ownCode, List<Path> classPath) {
        List<byte[]> parts = new ArrayList<>();
        try {
            if (Files.isDirectory(ownCode)) {
                for (Path file : FileTree.files(ownCode)) {
                    parts.add(bytes(ownCode.relativize(file).toString().replace(File.separatorChar, '/')));
                    parts.add(Files.readAllBytes(file));
                }
            } else if (Files.isRegularFile(ownCode)) {
                parts.add(Files.readAllBytes(ownCode));
            }
            for (Path entry : classPath) {
                if (entry.equals(ownCode)) {
                    continue;
                }
                parts.add(bytes(String.valueOf(entry.getFileName())));
                parts.add(bytes(Files.isRegularFile(entry) ? Long.toString(Files.size(entry)) : "folder"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Digest.of(parts.toArray(byte[][]::new));
    }

    /**
     * The folder under {@code cache} that holds what this build's code made; folders that other code filled are
     * removed, since no build of this code asks for them.
     */
    public static Path folderIn(Path cache) {
        String digest = ofRunningBuild();
        if (Files.isDirectory(cache)) {
            try (java.util.stream.Stream<Path> folders = Files.list(cache)) {
                for (Path other : folders.toList()) {
                    if (!other.getFileName().toString().equals(digest)) {
                        FileTree.deleteTree(other);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // the cache only saves time
            }
        }
        return cache.resolve(digest);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Holds the running build's digest: computed on first use, never changed after. */
    private static final class RunningBuild {
        static final String DIGEST = compute();

        private static String compute() {
            Path ownCode;
            try {
                ownCode = Path.of(CodeDigest.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
            } catch (URISyntaxException | SecurityException | NullPointerException e) {
                return "unknown-code-" + System.nanoTime(); // nothing to key by: no cached result is trusted
            }
            List<Path> classPath = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    classPath.add(Path.of(entry).toAbsolutePath().normalize());
                }
            }
            try {
                return of(ownCode.toAbsolutePath().normalize(), classPath);
            } catch (UncheckedIOException e) {
                return "unreadable-code-" + System.nanoTime();
            }
        }
    }
}
