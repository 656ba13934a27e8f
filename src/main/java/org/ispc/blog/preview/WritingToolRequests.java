package org.ispc.blog.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.ispc.blog.cms.LocalBackend;

/**
 * The writing tool's requests at {@link PreviewServer#LOCAL_BACKEND}: POSTed JSON from the preview's own pages only.
 * A page of another site open in the same browser can send a form to 127.0.0.1 too; it cannot send JSON without
 * asking first (which this server never allows), and its Origin is not this one.
 */
final class WritingToolRequests implements HttpHandler {

    private final LocalBackend backend;
    private final Supplier<String> ownOrigin;

    /** @param ownOrigin the preview's own origin, such as {@code http://127.0.0.1:8820}, known once it listens */
    WritingToolRequests(LocalBackend backend, Supplier<String> ownOrigin) {
        this.backend = backend;
        this.ownOrigin = ownOrigin;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, 405, "{\"error\":\"only POST\"}");
            } else if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                send(exchange, 415, "{\"error\":\"send JSON\"}");
            } else if (origin != null && !origin.equals(ownOrigin.get())) {
                send(exchange, 403, "{\"error\":\"only the preview's own pages may save\"}");
            } else {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                try {
                    send(exchange, 200, backend.answer(body));
                } catch (LocalBackend.Refused e) {
                    String error = new ObjectMapper()
                            .createObjectNode()
                            .put("error", e.getMessage())
                            .toString();
                    send(exchange, e.status(), error);
                }
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        PreviewServer.respond(exchange, status, PreviewServer.JSON, PreviewServer.utf8(json));
    }
}
