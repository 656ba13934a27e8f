package org.ispc.blog.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The open pages, each listening on a Server-Sent Events stream, told when a build has finished.
 *
 * <p>Each page first gets a "hello" with the current build number, then a "reload" after every build. A
 * page that missed a build (it was loading, or the server restarted) sees a number different from its
 * own in the hello and reloads at once. Joining and announcing hold the same lock, so a page either
 * joins before a build is announced (and hears it) or after (and its hello names the new build).
 */
final class ReloadEvents implements AutoCloseable {

    // How long the browser waits before reconnecting after the stream broke (a restart, say).
    private static final String RETRY_MILLIS = "1000";

    /**
     * The most pages that may listen at once: more tabs than a writer keeps open, few enough that a page or program
     * opening streams in a loop cannot tie up the preview's connections.
     */
    static final int MAX_LISTENERS = 16;

    private static final int SERVICE_UNAVAILABLE = 503;
    // a comment line, which EventSource ignores: writing it twice tells whether the page is still there
    private static final String PING = ": ping\n\n";

    private final List<HttpExchange> listeners = new ArrayList<>();
    private boolean closed;

    /** Keeps the exchange open as an event stream; the request thread is free again when this returns. */
    synchronized void join(HttpExchange exchange, LongSupplier currentBuild) throws IOException {
        if (closed) {
            exchange.close();
            return;
        }
        if (listeners.size() >= MAX_LISTENERS) {
            dropClosedPages();
        }
        if (listeners.size() >= MAX_LISTENERS) {
            refuse(exchange);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        if (send(exchange, "retry: " + RETRY_MILLIS + "\nevent: hello\ndata: " + currentBuild.getAsLong() + "\n\n")) {
            listeners.add(exchange);
        }
    }

    /** Tells every open page that build {@code generation} has finished; pages that went away are dropped. */
    synchronized void reload(long generation) {
        String event = "event: reload\ndata: " + generation + "\n\n";
        for (Iterator<HttpExchange> it = listeners.iterator(); it.hasNext(); ) {
            if (!send(it.next(), event)) {
                it.remove();
            }
        }
    }

    /**
     * Forgets the pages that were closed or reloaded. A closed tab is only noticed when something is written to it:
     * the first write after the browser left is still accepted by this machine, the second fails.
     */
    private void dropClosedPages() {
        for (int attempt = 0; attempt < 2; attempt++) {
            listeners.removeIf(exchange -> !send(exchange, PING));
        }
    }

    private static void refuse(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Retry-After", "10");
            PreviewServer.respond(
                    exchange,
                    SERVICE_UNAVAILABLE,
                    PreviewServer.PLAIN_TEXT,
                    PreviewServer.utf8("Too many preview pages are open (" + MAX_LISTENERS
                            + "): close some tabs of the preview, then reload this page.\n"));
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }

    private static boolean send(HttpExchange exchange, String event) {
        try {
            OutputStream out = exchange.getResponseBody();
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            // the tab was closed or reloaded: nothing to tell it any more
            exchange.close();
            return false;
        }
    }
}
