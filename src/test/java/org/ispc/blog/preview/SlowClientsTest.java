package org.ispc.blog.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send their request a byte at a time (slowloris) neither block the writer's pages nor hold the preview
 * forever. The preview runs in a JVM of its own, as mvn -Ppreview runs it: the JDK reads its server's time limits once
 * per JVM, and the test JVM has made servers of its own.
 */
class SlowClientsTest {

    /** More than the preview's request threads were before: each slow client held one. */
    private static final int SLOW_CLIENTS = 12;

    @TempDir
    Path root;

    @Test
    void slowClientsDoNotStarveOthersAndAreCutOff() throws Exception {
        Process preview = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PreviewProbe.class.getName(),
                        root.toString())
                .redirectErrorStream(true)
                .start();
        List<Socket> slow = new ArrayList<>();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(preview.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            while (line != null && !line.startsWith("address: ")) {
                line = out.readLine(); // the build's report comes first
            }
            assertTrue(line != null && line.startsWith("address: "), String.valueOf(line));
            int port = URI.create(line.substring("address: ".length())).getPort();

            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                // a request begun and never finished: the headers would come a byte a minute
                s.getOutputStream().write("GET / HTTP/1.1\r\nHo".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                slow.add(s);
            }
            Thread.sleep(500); // the server has taken up every slow request

            long start = System.nanoTime();
            String page = RawHttp.get(port, "/", "127.0.0.1:" + port);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(page.startsWith("HTTP/1.1 200") && page.contains("Draft text"), page);
            assertTrue(millis < 3_000, "a page took " + millis + " ms while slow clients were connected");

            // and the slow ones are cut off once their time is up, instead of holding the server for ever
            long limit = TimeUnit.SECONDS.toMillis(PreviewServer.REQUEST_SECONDS) + 10_000;
            for (Socket s : slow) {
                s.setSoTimeout((int) limit);
                assertTrue(closedByServer(s), "a slow client was still connected after " + limit + " ms");
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
            preview.destroy();
            preview.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean closedByServer(Socket s) {
        try {
            // the server may answer 408 or nothing; either way it ends the connection
            s.getInputStream().readAllBytes();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }
}
