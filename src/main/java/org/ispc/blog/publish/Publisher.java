package org.ispc.blog.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.ispc.blog.content.FileTree;

/**
 * Bakes go to a staging folder next to the live one; only a build that passed every gate replaces the
 * live folder, by renaming, so a failed or interrupted build never leaves half a site behind.
 */
public final class Publisher {

    private final Path live;

    public Publisher(Path live) {
        this.live = live.toAbsolutePath().normalize();
    }

    public Path live() {
        return live;
    }

    /**
     * Puts the last good site back where a build killed between the two renames of {@link #promote} left it: aside,
     * with no live folder. Without this, the next build that fails would leave no site at all, and the next that
     * passes would delete the last good one before its own is in place.
     */
    public void putBackAfterInterruptedSwap() {
        Path previous = sibling(".previous");
        if (Files.exists(live) || !Files.isDirectory(previous)) {
            return;
        }
        try {
            move(previous, live);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty staging folder beside the live one. */
    public Path freshStaging() {
        Path staging = sibling(".staging");
        FileTree.deleteTree(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return staging;
    }

    /** Makes the staging folder the live one; the previous live folder is removed only afterwards. */
    public void promote(Path staging) {
        Path previous = sibling(".previous");
        FileTree.deleteTree(previous);
        try {
            if (Files.exists(live)) {
                move(live, previous);
            }
            move(staging, live);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileTree.deleteTree(previous);
    }

    /**
     * Keeps a staging folder that failed its checks beside the live one, as the preview's shadow site: what
     * the sources make now, which later partial builds patch until one passes and is promoted.
     */
    public Path keepAsShadow(Path staging) {
        Path shadow = sibling(".shadow");
        FileTree.deleteTree(shadow);
        try {
            move(staging, shadow);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shadow;
    }

    /**
     * True between the two renames of {@link #promote}: the last site moved aside, the new one not yet in its place. A
     * server reading the live folder then finds nothing for a moment.
     */
    public boolean swapping() {
        return !Files.exists(live) && Files.isDirectory(sibling(".previous"));
    }

    /** Throws the staging folder away, leaving the live folder as it was. */
    public void discard(Path staging) {
        FileTree.deleteTree(staging);
    }

    private Path sibling(String suffix) {
        return live.resolveSibling(live.getFileName() + suffix);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
