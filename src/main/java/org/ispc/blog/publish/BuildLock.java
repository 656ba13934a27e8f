package org.ispc.blog.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One build at a time in a checkout. Two builds at once share target/: each would empty the other's staging folder,
 * rename its CSS twice and write the host's files over each other, and publish a mixed site. Every build, the
 * preview's rebuilds and the facts-only run hold this lock while they read or write target/; one started meanwhile
 * says so and waits.
 *
 * <p>The lock is the operating system's, on target/build.lock: a build that is killed (Ctrl+C, kill -9, a crash)
 * releases it with its process, so nothing stale is ever left to remove by hand. The file itself holds who has it,
 * for the message of the one waiting.
 */
public final class BuildLock implements AutoCloseable {

    /** The lock file, relative to the project root. */
    public static final String FILE = "target/build.lock";

    /**
     * The byte locked, beyond the text that says who holds the lock: on Windows, a locked range cannot be read by
     * others, and the one waiting reads that text.
     */
    private static final long LOCKED_BYTE = 1L << 20;

    private static final long POLL_MILLIS = 200;
    private static final int LONGEST_HOLDER_TEXT = 200;
    private static final int HOLDER_READS = 5;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the project at {@code root}, first waiting for the build that holds it, if any, and saying so
     * once on {@code out}.
     *
     * @param what what is about to run, for the message of a build that waits for it ("mvn package", "the preview")
     */
    public static BuildLock take(Path root, String what, PrintStream out) {
        Path file = root.resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                FileLock lock = waitFor(channel, out);
                sayWhoHoldsIt(channel, what);
                return new BuildLock(channel, lock);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while waiting for another build of this project", e);
        }
    }

    private static FileLock waitFor(FileChannel channel, PrintStream out) throws IOException, InterruptedException {
        boolean told = false;
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // another build in this same JVM (a test, or the preview and a report) holds it
            }
            if (lock != null) {
                if (told) {
                    out.println("the other build has finished; building now");
                }
                return lock;
            }
            if (!told) {
                out.println("another build of this project is running (" + holder(channel)
                        + "); waiting for it to finish...");
                told = true;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static void sayWhoHoldsIt(FileChannel channel, String what) throws IOException {
        String text = what + ", started "
                + LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(CLOCK) + ", pid "
                + ProcessHandle.current().pid();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /**
     * What the build holding the lock wrote of itself; it writes that right after taking the lock, so an empty file
     * is read again a few times before it is called just started.
     */
    private static String holder(FileChannel channel) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < HOLDER_READS; attempt++) {
            ByteBuffer text = ByteBuffer.allocate(LONGEST_HOLDER_TEXT);
            int read = channel.read(text, 0);
            String holder = read <= 0 ? "" : new String(text.array(), 0, read, StandardCharsets.UTF_8).strip();
            if (!holder.isEmpty()) {
                return holder;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return "just started";
    }

    /** Lets the next build run. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        try {
            channel.close();
        } catch (IOException e) {
            // the process ending releases it in any case
        }
    }
}
