package org.ispc.blog.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP written by hand, for what a well-behaved client will not send: any Host header, none, or a request that
 * stays open.
 */
final class RawHttp {

    private static final int READ_WAIT_MILLIS = 10_000;

    private RawHttp() {}

    /** One GET with the given Host header ("" for none), closed after the answer: the whole response as text. */
    static String get(int port, String path, String host) throws IOException {
        String hostLine = host.isEmpty() ? "" : "Host: " + host + "\r\n";
        return exchange(port, "GET " + path + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n");
    }

    /** Sends {@code request} as it is and reads until the server closes, or until the headers of a stream. */
    static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(READ_WAIT_MILLIS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        }
    }

    /** Opens the reload stream as a page does and returns the open connection, its headers read. */
    static Socket openStream(int port, String path) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(READ_WAIT_MILLIS);
        socket.getOutputStream()
                .write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        String head = readHead(socket.getInputStream());
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        return socket;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
