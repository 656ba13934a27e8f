package org.ispc.blog.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.asciidoctor.Asciidoctor;
import org.ispc.blog.preview.PreviewServer;

/**
 * Edit-to-page latency of the preview: starts the preview on a site root (e.g. a generated corpus), then edits
 * one article N times and measures, for each save, the time until the reload event arrives and the served page
 * shows the new text. Then it types a retired number into the article N times, measuring until the page shows
 * the finding, and takes it out again, measuring until the finding is gone. Prints every edit and the medians.
 *
 * <p>The retired number is a fixture one (202-555-0100), added for the run to the site's data/clinic.yml when
 * its list of retired phones is empty; the file is put back afterwards.
 *
 * <p>Usage: {@code PreviewLatencyBench <site-root> [edits]}
 */
public final class PreviewLatencyBench {

    private PreviewLatencyBench() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path article;
        try (var files = Files.list(root.resolve("content/blog"))) {
            article = files.filter(f -> f.toString().endsWith(".adoc"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        String slug = article.getFileName().toString().replace(".adoc", "");
        String original = Files.readString(article, StandardCharsets.UTF_8);
        Path clinic = root.resolve("data/clinic.yml");
        String clinicOriginal = Files.readString(clinic, StandardCharsets.UTF_8);
        if (clinicOriginal.contains("  phones: []")) {
            Files.writeString(
                    clinic,
                    clinicOriginal.replace(
                            "  phones: []", "  phones:\n    - number: \"" + RETIRED + "\"\n      until: 2024-03-01"),
                    StandardCharsets.UTF_8);
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create();
                PreviewServer server = PreviewServer.start(root, 0, asciidoctor, Clock.systemDefaultZone())) {
            BlockingQueue<String> reloads = new ArrayBlockingQueue<>(100);
            Thread listener = new Thread(() -> listen(http, server.address().resolve("/__preview/events"), reloads));
            listener.setDaemon(true);
            listener.start();
            Thread.sleep(1000);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                reloads.clear();
                String marker = "Latencymarker" + i + "x" + System.nanoTime();
                long start = System.nanoTime();
                Files.writeString(article, original + "\n" + marker + ".\n", StandardCharsets.UTF_8);
                String event = reloads.poll(60, TimeUnit.SECONDS);
                String page = http.send(
                                HttpRequest.newBuilder(server.address().resolve("/blog/" + slug + "/"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                long took = (System.nanoTime() - start) / 1_000_000;
                boolean shown = event != null && page.contains(marker);
                System.out.printf("edit %d: %d ms%s%n", i + 1, took, shown ? "" : " (page not updated!)");
                millis.add(shown ? took : Long.MAX_VALUE);
                Thread.sleep(500);
            }
            millis.sort(Long::compare);
            List<Long> shown = new ArrayList<>();
            List<Long> gone = new ArrayList<>();
            URI page = server.address().resolve("/blog/" + slug + "/");
            for (int i = 0; i < edits; i++) {
                long start = System.nanoTime();
                Files.writeString(article, original + "\nCall " + RETIRED + " to book.\n", StandardCharsets.UTF_8);
                shown.add(untilPage(http, page, true, start));
                Thread.sleep(300);
                start = System.nanoTime();
                Files.writeString(article, original, StandardCharsets.UTF_8);
                gone.add(untilPage(http, page, false, start));
                Thread.sleep(300);
            }
            shown.sort(Long::compare);
            gone.sort(Long::compare);
            System.out.printf(
                    "median edit-to-page latency over %d edits: %d ms%n", edits, millis.get(millis.size() / 2));
            System.out.printf(
                    "median save-to-finding latency, retired number typed, over %d saves: %d ms (every save: %s)%n",
                    edits, shown.get(shown.size() / 2), shown);
            System.out.printf(
                    "median save-to-finding-gone latency, number taken out, over %d saves: %d ms (every save: %s)%n",
                    edits, gone.get(gone.size() / 2), gone);
        } finally {
            Files.writeString(article, original, StandardCharsets.UTF_8);
            Files.writeString(clinic, clinicOriginal, StandardCharsets.UTF_8);
        }
        System.exit(0);
    }

    private static final String RETIRED = "202-555-0100";
    private static final String FINDING = "facts/retired-phone";

    /** Polls the page until it shows (or no longer shows) the retired-number finding: milliseconds since start. */
    private static long untilPage(HttpClient http, URI page, boolean withFinding, long start) throws Exception {
        long deadline = start + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            if (body.contains(FINDING) == withFinding) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(20);
        }
        return Long.MAX_VALUE;
    }

    private static void listen(HttpClient http, URI events, BlockingQueue<String> reloads) {
        try {
            HttpResponse<java.io.InputStream> response =
                    http.send(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("event: reload")) {
                        reloads.offer(line);
                    }
                }
            }
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}
