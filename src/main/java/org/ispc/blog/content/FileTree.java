package org.ispc.blog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The files of a folder tree, in a stable order, and their text: what every step that walks a site needs. */
public final class FileTree {

    private FileTree() {}

    /** Every regular file under {@code dir} whose name ends with one of {@code endings}, sorted; none if no folder. */
    public static List<Path> files(Path dir, String... endings) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> endings.length == 0
                            || Stream.of(endings).anyMatch(e -> p.toString().endsWith(e)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file's text, read as UTF-8. Bytes that are not UTF-8 become U+FFFD instead of stopping the build: a
     * writer's file saved in another encoding is reported at its line by {@link SourceText#notUtf8}.
     */
    public static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code file}, then moves it into place in one step: a
     * reader (or a build stopped halfway) sees the old file or the new one, never half of one.
     */
    public static void replace(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".part-", ".tmp");
        try {
            Files.write(temp, bytes);
            moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Moves a finished file over {@code file} in one step where the file system can (a reader sees the old file or
     * the new one), in two where it cannot.
     */
    public static void moveIntoPlace(Path finished, Path file) throws IOException {
        try {
            Files.move(finished, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file, or a folder and everything in it, if it exists. */
    public static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path relative to {@code base}, with forward slashes, as findings and URLs name it. */
    public static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }
}
