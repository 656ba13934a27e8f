package org.ispc.blog.asciidoc;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;
import org.ispc.blog.background.Background;

/**
 * Where the converter gets Asciidoctor. Starting it means starting JRuby, seconds of work: a build whose
 * every article is in the cache never needs it, and a build that does says so with {@link #startSoon} as
 * early as it knows, so that JRuby starts while the build does other work.
 */
@FunctionalInterface
public interface Engine extends Supplier<Asciidoctor> {

    /** Asks for the engine to be started now, in the background, if starting takes time. */
    default void startSoon() {}

    /** An engine that is already running. */
    static Engine of(Asciidoctor running) {
        return () -> running;
    }

    /** An engine started on its own thread on the first {@link #startSoon} or {@link #get}, at most once. */
    static Starting starting() {
        return new Starting();
    }

    /** Starts Asciidoctor once, on its own thread; closes it, if it was started, on {@link #close}. */
    final class Starting implements Engine, AutoCloseable {
        private CompletableFuture<Asciidoctor> started;

        private Starting() {}

        @Override
        public synchronized void startSoon() {
            if (started == null) {
                started = Background.start("asciidoctor-start", Asciidoctor.Factory::create);
            }
        }

        @Override
        public Asciidoctor get() {
            CompletableFuture<Asciidoctor> engine;
            synchronized (this) {
                startSoon();
                engine = started;
            }
            return Background.await(engine);
        }

        @Override
        public synchronized void close() {
            if (started != null) {
                started.thenAccept(Asciidoctor::close);
            }
        }
    }
}
