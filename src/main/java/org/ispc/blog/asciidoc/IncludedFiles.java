package org.ispc.blog.asciidoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ispc.blog.content.Digest;

/**
 * Where an include may read from (the allowed folders, links resolved), and what an included file is now: the
 * conversion cache keeps, with each converted article, the state of every file its includes named, and uses
 * the article again only while each is as it was. A file included from anywhere in content/ (not only the
 * partials), created after an include named it missing, or turned into a link, is so never served stale.
 */
final class IncludedFiles {

    private final Path projectRoot;
    private final List<Path> allowedRoots;

    IncludedFiles(Path projectRoot, List<Path> allowedRoots) {
        this.projectRoot = projectRoot;
        this.allowedRoots = allowedRoots.stream().map(IncludedFiles::real).toList();
    }

    /** The file with links and {@code ..} resolved, when it lies in an allowed folder. */
    Optional<Path> allowed(Path file) {
        Path resolved = real(file);
        return allowedRoots.stream().anyMatch(resolved::startsWith) ? Optional.of(resolved) : Optional.empty();
    }

    List<Path> allowedRoots() {
        return allowedRoots;
    }

    /** How an include names a file in the cache: relative to the project when inside it. */
    String name(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(projectRoot)
                ? projectRoot.relativize(abs).toString().replace('\\', '/')
                : abs.toString();
    }

    /**
     * What an include of {@code name} finds now: where it leads, and the digest of what it would read. A file
     * outside the allowed folders is never read, here or by the include.
     */
    String state(String name) {
        Path file = projectRoot.resolve(name);
        Path resolved = real(file);
        if (allowed(file).isEmpty()) {
            return "refused " + resolved;
        }
        if (!Files.isRegularFile(resolved)) {
            return "missing " + resolved;
        }
        try {
            return resolved + " " + Digest.of(Files.readAllBytes(resolved));
        } catch (IOException e) {
            return "unreadable " + resolved;
        }
    }

    /** Whether every file of {@code included} (as {@link #state} gave them then) is as it was. */
    boolean unchanged(Map<String, String> included) {
        return included.entrySet().stream().allMatch(e -> e.getValue().equals(state(e.getKey())));
    }

    /** The path with links and {@code ..} resolved as far as the file system allows, so no link can lead out. */
    static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            Path parent = abs.getParent();
            return parent == null ? abs : real(parent).resolve(abs.getFileName());
        }
    }
}
