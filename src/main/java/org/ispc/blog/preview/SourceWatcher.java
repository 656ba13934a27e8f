package org.ispc.blog.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ispc.blog.jbake.SiteSettings;

/**
 * Watches the files a writer edits (content/, templates/, assets/, data/, each with all its subfolders,
 * and jbake.properties) and hands over what changed, one batch per burst of saves.
 *
 * <p>One save is often several file events (an editor writes a temporary file, renames it, touches the
 * folder), and "save all" touches many files: waiting until {@link #QUIET_MILLIS} pass without a new
 * event turns a burst into one build. Not thread-safe: one thread waits for changes.
 */
final class SourceWatcher implements AutoCloseable {

    static final List<String> FOLDERS =
            List.of(SiteSettings.CONTENT, SiteSettings.TEMPLATES, SiteSettings.ASSETS, SiteSettings.DATA);

    /** How long the files must stay still before a build starts. */
    static final long QUIET_MILLIS = 100;

    // An editor that autosaves every few milliseconds must not hold the build back for ever.
    private static final long MAX_WAIT_MILLIS = 1000;

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    /** Starts watching at once, so that nothing saved from now on is missed. */
    SourceWatcher(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = this.root.getFileSystem().newWatchService();
        // the root itself, for jbake.properties and for watched folders created later
        folders.put(this.root.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), this.root);
        for (String folder : FOLDERS) {
            watchTree(this.root.resolve(folder), new TreeSet<>());
        }
    }

    /**
     * Waits for a change, then for the files to stay still.
     *
     * @return the changed files, relative to the project root with forward slashes ({@code
     *     content/blog/x.adoc}), never empty
     * @throws java.nio.file.ClosedWatchServiceException once {@link #close} was called
     */
    Set<String> awaitChanges() throws InterruptedException {
        Set<String> changed = new TreeSet<>();
        while (changed.isEmpty()) {
            collect(service.take(), changed);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
            WatchKey next;
            while (System.nanoTime() < deadline && (next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                collect(next, changed);
            }
        }
        return changed;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // events were lost: say that everything changed, the build does the rest
                changed.add(SiteSettings.CONTENT);
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            String path = relative(file);
            if (!watched(path) || editorScratch(file.getFileName().toString())) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                // a new folder: watch it too, and count the files that were saved before we did
                try {
                    watchTree(file, changed);
                } catch (IOException e) {
                    // gone again already: the change itself is counted below, the build sees the rest
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /**
     * Watches {@code folder} and every folder below it; the files found there are added to {@code found}.
     * Each folder is registered before it is listed, so that a file saved meanwhile is either listed or
     * reported by an event.
     */
    private void watchTree(Path folder, Set<String> found) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    watchTree(p, found);
                } else {
                    found.add(relative(p));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private boolean watched(String path) {
        return path.equals(SiteSettings.PROPERTIES)
                || FOLDERS.stream().anyMatch(f -> path.equals(f) || path.startsWith(f + "/"));
    }

    /** Files editors write beside the real one while saving (.x.swp, x~, #x#, .#x): not worth a build. */
    private static boolean editorScratch(String name) {
        return name.startsWith(".")
                || name.startsWith("#")
                || name.endsWith("~")
                || name.endsWith(".swp")
                || name.endsWith(".swx")
                || name.endsWith(".tmp");
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
