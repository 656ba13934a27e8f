package org.ispc.blog.jbake;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * JBake, one per JVM: JBake 2.7 keeps its parsers ({@code Engines}), document types ({@code DocumentTypes}) and
 * template variables ({@code ModelExtractors}) in static fields, which every bake resets and fills for its own
 * site. Two bakes inside JBake at once, in any two threads of one JVM and whichever {@link SiteBaker} started them,
 * would read each other's: {@link JBakeSession} takes this lock when it sets JBake up and gives it back when it is
 * closed.
 *
 * <p>A permit rather than a lock owned by a thread: the preview opens its bake on its build thread and may close it
 * on the thread that stops the preview. It is not re-entrant: a thread that keeps a preview bake open and starts
 * another bake would wait for itself, so a wait longer than any bake takes ends with a message naming the bake that
 * holds JBake.
 */
final class JBakeLock {

    /** The lock of this JVM: mutable static state, as JBake's own statics are, which it guards. */
    static final JBakeLock JVM_WIDE = new JBakeLock(Duration.ofMinutes(3));

    private final Semaphore permit = new Semaphore(1, true);
    private final Duration patience;
    /** Who holds the permit, for the message of a bake that waited too long. */
    private volatile String holder = "";

    JBakeLock(Duration patience) {
        this.patience = patience;
    }

    /** What holds JBake until {@link #close}: closing it twice gives it back once. */
    final class Held implements AutoCloseable {
        private final AtomicBoolean released = new AtomicBoolean();

        private Held() {}

        @Override
        public void close() {
            if (!released.getAndSet(true)) {
                holder = "";
                permit.release();
            }
        }
    }

    /**
     * Waits until no other bake is inside JBake, then holds it.
     *
     * @param who what is about to bake, for the message another bake shows if it waits too long
     * @throws IllegalStateException when JBake stayed in use for longer than any bake should take, or the wait was
     *     interrupted
     */
    Held take(String who) {
        try {
            if (!permit.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("JBake is still in use in this JVM by " + holder + " after waiting "
                        + describe(patience) + " to start " + who + ". JBake keeps its registries in static"
                        + " fields, so one bake at a time: a bake kept open for the preview holds JBake until it is"
                        + " closed (LiveBuild.close, PreviewServer.close), also for a bake started on its own thread.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for JBake to start " + who, e);
        }
        holder = who + " (since " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + ", thread '"
                + Thread.currentThread().getName() + "')";
        return new Held();
    }

    /** Whether a bake is waiting for JBake, for tests. */
    boolean hasWaiters() {
        return permit.hasQueuedThreads();
    }

    private static String describe(Duration wait) {
        return wait.toSeconds() >= 60 && wait.toSeconds() % 60 == 0
                ? wait.toMinutes() + " minutes"
                : wait.toMillis() + " ms";
    }
}
