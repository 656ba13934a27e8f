package org.ispc.blog.background;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Set-up that takes seconds (JRuby, the HTML validator) started on a thread of its own, so that the
 * build does other work meanwhile; the thread never keeps the JVM alive.
 */
public final class Background {

    private Background() {}

    /** Starts {@code work} now on a daemon thread named {@code name}. */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Starts {@code work} now on a daemon thread named {@code name}. */
    public static CompletableFuture<Void> run(String name, Runnable work) {
        return start(name, () -> {
            work.run();
            return null;
        });
    }

    /** Waits for {@code work}; a failure is thrown as the work threw it. */
    public static <T> T await(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Waits for {@code work} to end, whether it succeeded or not. */
    public static void settle(CompletableFuture<?> work) {
        try {
            work.join();
        } catch (CompletionException | CancellationException e) {
            // it ended: that is all the caller waits for
        }
    }
}
