package org.ispc.blog.jbake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;

/**
 * JBake's renderer with every article and page written on all cores. JBake's documents renderer hands the
 * documents over one by one on one thread; here each is queued and written by a worker, while JBake goes on
 * with the index, tag and feed pages. {@link #finish} waits for the queue and returns what failed;
 * the renderer can then be used again, until {@link #close}.
 *
 * <p>Templates render documents from the model alone; should one still query the content store, the store
 * answers from memory, one question at a time ({@link InMemoryContentStore}).
 */
final class ParallelRenderer extends Renderer implements AutoCloseable {

    private final ExecutorService workers;
    private final List<Future<?>> queued = new ArrayList<>();

    ParallelRenderer(ContentStore db, JBakeConfiguration config, DelegatingTemplateEngine engine) {
        super(db, config, engine);
        this.workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
            Thread thread = new Thread(runnable, "page-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void render(DocumentModel content) {
        Future<?> page = workers.submit(() -> {
            super.render(content);
            return null;
        });
        synchronized (queued) {
            queued.add(page);
        }
    }

    /** Waits until every queued document is written; the failures, in the order the documents came. */
    List<Throwable> finish() {
        List<Future<?>> pages;
        synchronized (queued) {
            pages = List.copyOf(queued);
            queued.clear();
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> page : pages) {
            try {
                page.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(e);
            }
        }
        return failures;
    }

    @Override
    public void close() {
        workers.shutdown();
    }
}
