package org.ispc.blog.files;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;

/**
 * The one rule for every file the build reads or copies into the site (articles, partials, pictures, CSS,
 * templates, data, jbake.properties): it must lie inside the project. A link (symlink) in a pull request that
 * leads to {@code ~/.ssh}, {@code /etc} or the CI machine's secrets would otherwise be read, copied into
 * target/www or inlined into a page like any other file; a link to another file of the project is fine.
 */
public final class ProjectFiles {

    /** A file or folder of the project that resolves outside it, or that leads nowhere. */
    public static final String OUTSIDE = "files/outside-project";

    /** What the build reads, relative to the project root; {@code target/} and the sources of the build are not. */
    private static final List<String> READ_BY_THE_BUILD =
            List.of("content", "assets", "templates", "data", "jbake.properties");

    private ProjectFiles() {}

    /**
     * Every file and folder the build would read that resolves outside {@code projectRoot}, as an error at its
     * path. Links are followed only where they stay inside, so a link to {@code /} costs one look.
     */
    public static List<Finding> outside(Path projectRoot) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path realRoot = real(root).orElse(root);
        List<Finding> found = new ArrayList<>();
        for (String name : READ_BY_THE_BUILD) {
            Path start = root.resolve(name);
            if (!Files.exists(start, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.walkFileTree(
                        start,
                        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                        Integer.MAX_VALUE,
                        new Walk(root, realRoot, found));
            } catch (IOException e) {
                found.add(error(root, start, "cannot be read (" + e.getMessage() + "); check its permissions"));
            }
        }
        return found.stream().sorted().toList();
    }

    /** Whether {@code file} (absolute, or relative to the project root) resolves to a file inside the project. */
    public static boolean inside(Path projectRoot, Path file) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path realRoot = real(root).orElse(root);
        return real(root.resolve(file)).map(r -> r.startsWith(realRoot)).orElse(false);
    }

    /** Visits what the build reads; looks where a link leads before following it. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path realRoot;
        private final List<Finding> found;

        Walk(Path root, Path realRoot, List<Finding> found) {
            this.root = root;
            this.realRoot = realRoot;
            this.found = found;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return leadsOut(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            leadsOut(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            found.add(error(
                    root,
                    file,
                    e instanceof FileSystemLoopException
                            ? "is a link to a folder that holds it, so the build would copy it forever; delete the"
                                    + " link"
                            : "cannot be read (" + e.getMessage() + "); check its permissions"));
            return FileVisitResult.CONTINUE;
        }

        /**
         * Whether a link, or a folder named through one, leads out of the project (reported here); plain files and
         * folders inside a folder already found inside are not looked at again.
         */
        private boolean leadsOut(Path path) {
            if (!Files.isSymbolicLink(path)) {
                return false;
            }
            Optional<Path> real = real(path);
            if (real.isEmpty()) {
                found.add(error(
                        root,
                        path,
                        "is a link to '" + target(path) + "', which does not exist; delete the link, or put the file"
                                + " itself here"));
                return true;
            }
            if (!real.get().startsWith(realRoot)) {
                found.add(error(
                        root,
                        path,
                        "is a link to '" + real.get() + "', outside the project: the build would publish that file's"
                                + " contents. Put the file itself in the project instead of a link (or delete the"
                                + " link)"));
                return true;
            }
            return false;
        }
    }

    private static Finding error(Path root, Path path, String what) {
        String name = root.relativize(path).toString().replace('\\', '/');
        boolean folder = Files.isDirectory(path);
        return Finding.error(Position.at(name, 1, 1), OUTSIDE, (folder ? "this folder " : "this file ") + what);
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static Optional<Path> real(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
