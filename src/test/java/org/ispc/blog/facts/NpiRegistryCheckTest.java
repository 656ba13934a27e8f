package org.ispc.blog.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ispc.blog.diag.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry cross-check against recorded NPPES answers (src/test/resources/facts/nppes-*.json) served from
 * 127.0.0.1; nothing here reaches the internet.
 */
class NpiRegistryCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String PLANTED = "1234567893";
    private static final String ARLINGTON_ONLY = "1992999995";

    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private HttpServer server;

    @TempDir
    Path cache;

    @BeforeEach
    void serveRecordedAnswers() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            String number = query.replaceAll(".*number=(\\d+).*", "$1");
            try (InputStream recorded = getClass().getResourceAsStream("/facts/nppes-" + number + ".json")) {
                byte[] body = recorded != null
                        ? recorded.readAllBytes()
                        : "{\"result_count\":0,\"results\":[]}".getBytes(StandardCharsets.UTF_8);
                send(exchange, 200, body);
            }
        });
        server.createContext("/down/", exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            send(exchange, 503, "<html>Service Unavailable</html>".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/slow/", exchange -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8));
        });
        server.setExecutor(threads);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private URI base(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private NpiRegistryCheck registry(URI base, Instant now) {
        return new NpiRegistryCheck(
                Fixture.clinic(), Fixture.PHONES, base, Duration.ofSeconds(3), cache, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static List<String> formats(List<Finding> findings) {
        return findings.stream().map(Finding::format).toList();
    }

    @Test
    void reportsThePlantedDifferencesAndWhichSideIsOutOfDate() {
        List<Finding> found = registry(base("/api/"), NOW).check(List.of(PLANTED), false);

        assertEquals(
                List.of(
                        "data/clinic.yml: warning: the NPI registry lists practice location phone 202-555-0142 for NPI"
                                + " 1234567893, which is not in data/clinic.yml: if the clinic's number changed, update"
                                + " data/clinic.yml; if the registry is out of date, update the NPPES record"
                                + " [facts/registry]",
                        "data/clinic.yml: warning: the NPI registry still lists practice location phone 2025550100 for"
                                + " NPI 1234567893, which data/clinic.yml says was retired on 2024-03-01: the registry"
                                + " is out of date; update the NPPES record to 202-555-0110 [facts/registry]",
                        "data/clinic.yml: warning: the NPI registry still lists a practice location in SILVER SPRING,"
                                + " MD for NPI 1234567893, which data/clinic.yml says closed on 2023-06-30: the"
                                + " registry is out of date; update the NPPES record [facts/registry]"),
                formats(found));
        assertEquals(List.of("version=2.1&number=1234567893"), queries);
    }

    @Test
    void failsTheBuildOnlyWhenStrict() {
        List<Finding> found = registry(base("/api/"), NOW).check(List.of(PLANTED), true);

        assertEquals(3, found.size());
        assertTrue(found.stream().allMatch(Finding::isError));
    }

    @Test
    void reportsAnOfficeTheRegistryDoesNotList() {
        assertEquals(
                List.of("data/clinic.yml: warning: data/clinic.yml lists the Washington DC office in Washington, DC,"
                        + " but the NPI registry lists no practice location there for NPI 1992999995: if the office is"
                        + " new, update the NPPES record; if it has closed, move it to retired offices in"
                        + " data/clinic.yml [facts/registry]"),
                formats(registry(base("/api/"), NOW).check(List.of(ARLINGTON_ONLY), false)));
    }

    @Test
    void anOfficeListedUnderAnyOfTheNpisCounts() {
        List<Finding> found =
                registry(base("/api/"), NOW).check(List.of(ARLINGTON_ONLY, PLANTED, " 1992999995 "), false);

        assertEquals(3, found.size(), formats(found).toString());
        assertEquals(2, queries.size(), "each NPI is asked once");
    }

    @Test
    void reportsAnNpiTheRegistryDoesNotKnow() {
        assertEquals(
                List.of("data/clinic.yml: warning: the NPI registry has no practice location for NPI 1000000004;"
                        + " check the number in facts.npi [facts/registry]"),
                formats(registry(base("/api/"), NOW).check(List.of("1000000004"), false)));
    }

    @Test
    void reportsAMistypedNpiWithoutAskingTheRegistry() {
        assertEquals(
                List.of("data/clinic.yml: warning: facts.npi lists '12345', which is not an NPI number; an NPI has ten"
                        + " digits, such as 1234567893 [facts/registry]"),
                formats(registry(base("/api/"), NOW).check(List.of("12345"), false)));
        assertEquals(List.of(), queries);
    }

    @Test
    void asksTheRegistryOnceADay() {
        registry(base("/api/"), NOW).check(List.of(PLANTED), false);
        List<Finding> fromCache =
                registry(base("/api/"), NOW.plus(Duration.ofHours(23))).check(List.of(PLANTED), false);

        assertEquals(1, queries.size(), "the second check reads the cache");
        assertEquals(3, fromCache.size());
        assertTrue(Files.isRegularFile(cache.resolve("npi-1234567893.json")));

        registry(base("/api/"), NOW.plus(Duration.ofHours(25))).check(List.of(PLANTED), false);

        assertEquals(2, queries.size(), "a day-old answer is asked again");
    }

    @Test
    void skipsWithOneWarningWhenNothingListens() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closed + "/api/");

        List<Finding> found = registry(nowhere, NOW).check(List.of(PLANTED, ARLINGTON_ONLY), false);

        assertEquals(
                List.of("data/clinic.yml: warning: NPI registry not reachable, skipped: no answer from 127.0.0.1"
                        + " within 3 s (ConnectException) [facts/registry]"),
                formats(found));
        assertTrue(registry(nowhere, NOW).check(List.of(PLANTED), true).get(0).isError());
    }

    @Test
    void skipsAnErrorAnswerAndDoesNotKeepIt() {
        List<Finding> found = registry(base("/down/"), NOW).check(List.of(PLANTED), false);

        assertEquals(
                List.of("data/clinic.yml: warning: NPI registry not reachable, skipped: it answered HTTP 503 for NPI"
                        + " 1234567893 [facts/registry]"),
                formats(found));
        assertFalse(Files.exists(cache.resolve("npi-1234567893.json")));
    }

    @Test
    void givesUpAfterTheTimeout() {
        NpiRegistryCheck impatient = new NpiRegistryCheck(
                Fixture.clinic(),
                Fixture.PHONES,
                base("/slow/"),
                Duration.ofMillis(200),
                cache,
                Clock.fixed(NOW, ZoneOffset.UTC));
        long start = System.nanoTime();

        List<Finding> found = impatient.check(List.of(PLANTED), false);

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1_200, "did not wait for the answer");
        assertEquals(1, found.size());
        assertTrue(
                found.get(0).message().startsWith("NPI registry not reachable, skipped"),
                found.get(0).message());
    }
}
