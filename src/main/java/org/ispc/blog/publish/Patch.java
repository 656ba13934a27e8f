package org.ispc.blog.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ispc.blog.content.FileTree;
import org.ispc.blog.content.SitePath;

/**
 * The files of a partial rebuild that differ from the live site's, put in place one by one (each replaced
 * whole, never half written) and taken back if the build's checks fail. For the preview, whose partial
 * rebuilds write a few pages rather than a whole new site.
 */
public final class Patch {

    private final Path live;
    /** Site path to its new bytes. */
    private final Map<String, byte[]> changed;
    /** Site path to the bytes it had before {@link #apply}; empty for a file that did not exist. */
    private final Map<String, Optional<byte[]>> before = new LinkedHashMap<>();

    private Patch(Path live, Map<String, byte[]> changed) {
        this.live = live;
        this.changed = changed;
    }

    /** The files under {@code written} whose bytes the live folder does not already have. */
    public static Patch between(Path written, Path live) {
        Map<String, byte[]> changed = new LinkedHashMap<>();
        for (Path file : FileTree.files(written)) {
            String path = FileTree.relative(written, file);
            byte[] now = read(file).orElseThrow();
            Optional<byte[]> was = read(live.resolve(path));
            if (was.isEmpty() || !Arrays.equals(was.get(), now)) {
                changed.put(path, now);
            }
        }
        return new Patch(live, changed);
    }

    /** The files of the site this patch changes, such as {@code blog/x/index.html}. */
    public Set<SitePath> paths() {
        return changed.keySet().stream().map(SitePath::new).collect(Collectors.toUnmodifiableSet());
    }

    /** Puts the new files in the live folder, remembering the old ones. */
    public void apply() {
        changed.forEach((path, bytes) -> {
            Path target = live.resolve(path);
            before.put(path, read(target));
            replace(target, bytes);
        });
    }

    /** Puts back what {@link #apply} replaced. */
    public void undo() {
        before.forEach((path, bytes) -> {
            Path target = live.resolve(path);
            if (bytes.isPresent()) {
                replace(target, bytes.get());
            } else {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        before.clear();
    }

    private static void replace(Path target, byte[] bytes) {
        try {
            FileTree.replace(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<byte[]> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
