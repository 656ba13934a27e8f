package org.ispc.blog.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ispc.blog.preview.ContentTypes;

/**
 * Serves a baked site folder over HTTP on 127.0.0.1, the way a static host would: clean URLs
 * ({@code /blog/x/} is {@code blog/x/index.html}), a folder asked for without its slash is redirected, and
 * anything else is the site's 404.html with status 404. Only regular files inside the folder are served.
 * Not shared between threads beyond the server's own; start one per test class.
 */
final class SiteServer implements AutoCloseable {

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<String> missed = new ArrayList<>();

    private SiteServer(Path root) throws IOException {
        this.root = root.toRealPath();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
    }

    /** Starts serving {@code root} on a free port of 127.0.0.1. */
    static SiteServer start(Path root) {
        try {
            SiteServer site = new SiteServer(root);
            site.server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of a page, e.g. {@code url("/blog/x/")}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The paths asked for that led to no file, in the order they were asked for, and forgets them. */
    synchronized List<String> takeMissed() {
        List<String> out = List.copyOf(missed);
        missed.clear();
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path =
                    Optional.ofNullable(exchange.getRequestURI().getPath()).orElse("");
            Optional<Path> file = find(path);
            if (file.isEmpty() && !path.endsWith("/") && find(path + "/").isPresent()) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            if (file.isEmpty()) {
                synchronized (this) {
                    missed.add(path);
                }
            }
            send(exchange, file.isPresent() ? 200 : 404, file.or(() -> inside(root.resolve("404.html"))));
        }
    }

    private static void send(HttpExchange exchange, int status, Optional<Path> file) throws IOException {
        if (file.isEmpty()) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] body = Files.readAllBytes(file.get());
        exchange.getResponseHeaders().set("Content-Type", type(file.get()));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The file a decoded request path names, if it is a regular file inside the site folder. */
    private Optional<Path> find(String path) {
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        Path candidate = path.endsWith("/") ? folder(path).resolve("index.html") : folder(path);
        return inside(candidate);
    }

    private Path folder(String path) {
        return root.resolve(path.substring(1)).normalize();
    }

    private Optional<Path> inside(Path file) {
        if (!file.normalize().startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Path real = file.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String type(Path file) {
        return ContentTypes.of(file);
    }
}
