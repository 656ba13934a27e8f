package org.ispc.blog.preview;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to the preview by its own names, {@code 127.0.0.1:PORT} or {@code localhost:PORT}.
 *
 * <p>Binding to the loopback address keeps other machines out, but not other web sites: a page the writer opens
 * elsewhere can point its own name at 127.0.0.1 (DNS rebinding) and then read the drafts as if they were its own
 * pages. The browser still sends that site's name in the Host header, which is what is checked here.
 */
final class LocalHostOnly extends Filter {

    /** 421 Misdirected Request: the server is not the one for the name asked for. */
    static final int MISDIRECTED = 421;

    private static final int LONGEST_NAME_SHOWN = 100;

    private final int port;
    private final Set<String> accepted;

    LocalHostOnly(int port) {
        this.port = port;
        this.accepted = Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null && accepted.contains(host.trim().toLowerCase(Locale.ROOT))) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            String asked = host == null ? "no address" : shown(host);
            PreviewServer.respond(
                    exchange,
                    MISDIRECTED,
                    PreviewServer.PLAIN_TEXT,
                    PreviewServer.utf8(
                            "This preview answers only at http://127.0.0.1:" + port + "/ or http://localhost:" + port
                                    + "/ (this request was for " + asked + "). Open one of those addresses.\n"));
        }
    }

    @Override
    public String description() {
        return "answers only 127.0.0.1:" + port + " and localhost:" + port;
    }

    /** The name as asked for, cut short and kept to printable ASCII: it comes from whoever sent the request. */
    private static String shown(String host) {
        String printable = host.replaceAll("[^\\x21-\\x7e]", "?");
        return printable.length() > LONGEST_NAME_SHOWN ? printable.substring(0, LONGEST_NAME_SHOWN) + "..." : printable;
    }
}
