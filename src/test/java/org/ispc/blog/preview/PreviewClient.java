package org.ispc.blog.preview;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** What a browser does with the preview, for tests: plain requests (no redirects followed) and the event stream. */
final class PreviewClient {

    /** The longest a test waits for a build on this shared 2-core machine; builds take 2 to 4 s. */
    static final Duration BUILD_WAIT = Duration.ofSeconds(30);

    private static final Duration REQUEST_WAIT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(REQUEST_WAIT)
            .build();
    private final URI base;

    PreviewClient(URI base) {
        this.base = base;
    }

    /** GETs a path exactly as written, dots and escapes included. */
    HttpResponse<String> get(String rawPath) {
        try {
            return http.send(request(rawPath), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Document page(String rawPath) {
        return Jsoup.parse(get(rawPath).body());
    }

    /** Opens /__preview/events as a page does; the "hello" event is the first to arrive. */
    Events events() throws IOException, InterruptedException {
        return new Events(http.send(request(PageOverlay.EVENTS), HttpResponse.BodyHandlers.ofLines())
                .body());
    }

    private HttpRequest request(String rawPath) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + rawPath))
                .timeout(REQUEST_WAIT)
                .build();
    }

    /** The events of one stream, in order, read on a thread of their own. */
    static final class Events implements AutoCloseable {

        record Event(String name, String data) {}

        private final BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        private final Stream<String> lines;

        private Events(Stream<String> lines) {
            this.lines = lines;
            Thread reader = new Thread(this::read, "test-event-stream");
            reader.setDaemon(true);
            reader.start();
        }

        /** The data of the next event called {@code name}, skipping others; fails after {@code wait}. */
        String await(String name, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                Event next = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertNotNull(next, "no '" + name + "' event within " + wait);
                if (next.name().equals(name)) {
                    return next.data();
                }
            }
        }

        /** The next event of any kind within {@code wait}, or null. */
        Event poll(Duration wait) throws InterruptedException {
            return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void read() {
            String name = "message";
            StringBuilder data = new StringBuilder();
            try {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isEmpty()) {
                        received.add(new Event(name, data.toString()));
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event: ")) {
                        name = line.substring("event: ".length());
                    } else if (line.startsWith("data: ")) {
                        data.append(line.substring("data: ".length()));
                    }
                }
            } catch (RuntimeException e) {
                // the stream was closed
            }
        }

        @Override
        public void close() {
            lines.close();
        }
    }
}
