package org.ispc.blog.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.asciidoctor.Asciidoctor;
import org.ispc.blog.asciidoc.Engine;
import org.ispc.blog.cms.AdminFiles;
import org.ispc.blog.cms.LocalBackend;
import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.pipeline.BuildOptions;
import org.ispc.blog.pipeline.ConsoleReport;
import org.ispc.blog.pipeline.LiveBuild;
import org.ispc.blog.pipeline.SiteBuild;

/**
 * The writer's live preview: bakes the site with drafts, serves it on this machine only, rebuilds after
 * every save and makes the open page reload by itself. The findings of the checks appear on the page they
 * concern, and a save that breaks the build keeps the last good pages while the panel says what to fix.
 *
 * <p>Run by {@code mvn -Ppreview}. One Asciidoctor (a JRuby runtime, seconds to start) serves every
 * build of the session; builds run one at a time on one thread, since JBake keeps its state in statics. After
 * the first, a save of articles only re-renders the pages it changes ({@link LiveBuild}).
 */
public final class PreviewServer implements AutoCloseable {

    /**
     * Builds target/preview. Told which files changed since the last build so that an incremental build
     * can convert only those; the full build ignores it.
     */
    @FunctionalInterface
    interface Rebuild {
        SiteBuild.Outcome run(Set<String> changed);
    }

    // A bake of a large site takes tens of seconds; stopping waits for it rather than leave half a folder.
    private static final long STOP_WAIT_MILLIS = 120_000;
    /**
     * The most requests served at once. Each request has a thread of its own from the moment its first byte arrives
     * (the JDK's server reads the request on it), so that a client sending its request slowly holds one thread, not
     * the pages of the others; beyond this many, a new connection is closed at once.
     */
    private static final int REQUEST_THREADS = 32;
    /**
     * The longest a client may take to send its request, after which the JDK's server closes the connection. A
     * browser sends it at once; a client that sends a byte a minute (slowloris) gives its thread back after this.
     */
    static final long REQUEST_SECONDS = 5;

    static final String PLAIN_TEXT = "text/plain; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";
    private static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";
    private static final long IDLE_THREAD_SECONDS = 60;
    private static final long BUILD_STACK_BYTES = 4L * 1024 * 1024;

    /** Where the writing tool at /admin/ reads and saves the working copy (Decap CMS's local backend). */
    static final String LOCAL_BACKEND = "/api/v1";

    private final Path root;
    private final Rebuild rebuild;
    private final SiteFolder site;
    private final SourceWatcher watcher;
    private final ReloadEvents events = new ReloadEvents();
    private final ExecutorService requests;
    private final HttpServer http;
    private final Thread builder;
    private final CountDownLatch firstBuild = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile BuildReport report = BuildReport.none();
    /** What the builds hold open (JBake's store), released once the builder thread has stopped. */
    private volatile AutoCloseable afterStop = () -> {};

    private PreviewServer(Path root, int port, Rebuild rebuild) throws IOException {
        this.root = root;
        this.rebuild = rebuild;
        this.site = new SiteFolder(root.resolve(SiteBuild.PREVIEW));
        this.watcher = new SourceWatcher(root);
        // no queue: a request waiting in one would see its time run out behind slow ones
        this.requests = new ThreadPoolExecutor(
                0,
                REQUEST_THREADS,
                IDLE_THREAD_SECONDS,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                r -> daemon(r, "preview-http"));
        limitRequestTime();
        try {
            // the loopback address only: drafts and unreviewed articles must not be reachable from the network
            this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            watcher.close();
            requests.shutdownNow();
            throw e;
        }
        http.setExecutor(requests);
        LocalBackend backend = new LocalBackend(root);
        LocalHostOnly localOnly = new LocalHostOnly(http.getAddress().getPort());
        http.createContext("/", this::serveSite).getFilters().add(localOnly);
        http.createContext(PageOverlay.PREFIX, this::servePreviewFiles)
                .getFilters()
                .add(localOnly);
        http.createContext(
                        LOCAL_BACKEND,
                        new WritingToolRequests(
                                backend, () -> address().toString().replaceAll("/$", "")))
                .getFilters()
                .add(localOnly);
        // not a daemon: this thread keeps the preview alive until Ctrl+C. Its stack is as large as the
        // bake's own JVM gets (-Xss4m in pom.xml): deeply nested AsciiDoc recurses deeply in JRuby.
        this.builder = new Thread(null, this::buildOnEverySave, "preview-build", BUILD_STACK_BYTES);
    }

    /**
     * Sets the JDK server's limit on the time a request may take to arrive, unless set on the command line. The JDK
     * reads it once, when the JVM makes its first server: in the preview's own JVM, this one.
     */
    private static void limitRequestTime() {
        if (System.getProperty(MAX_REQUEST_TIME) == null) {
            System.setProperty(MAX_REQUEST_TIME, Long.toString(REQUEST_SECONDS));
        }
    }

    /**
     * Starts the preview of the site at {@code projectRoot}: watches its files, bakes it once, and serves
     * it on {@code port} (0 for any free port) of 127.0.0.1. Returns when the first build has finished.
     *
     * @param asciidoctor used for every build of the session; the caller closes it after {@link #close}
     * @param clock decides which articles are scheduled rather than published
     * @throws BindException when the port is taken
     */
    public static PreviewServer start(Path projectRoot, int port, Asciidoctor asciidoctor, Clock clock)
            throws IOException, InterruptedException {
        return start(projectRoot, port, asciidoctor, clock, BuildOptions.DEFAULTS);
    }

    /**
     * As {@link #start(Path, int, Asciidoctor, Clock)}, with the command line's options.
     *
     * @param options what the command line asked of every build
     */
    public static PreviewServer start(
            Path projectRoot, int port, Asciidoctor asciidoctor, Clock clock, BuildOptions options)
            throws IOException, InterruptedException {
        Path root = projectRoot.toAbsolutePath().normalize();
        // one full build, then partial ones while only articles are edited: a save shows within a second
        LiveBuild builds = new LiveBuild(SiteBuild.standard(Engine.of(asciidoctor), clock, options), root);
        PreviewServer server = start(root, port, builds::run);
        server.afterStop = builds;
        return server;
    }

    static PreviewServer start(Path root, int port, Rebuild rebuild) throws IOException, InterruptedException {
        PreviewServer server = new PreviewServer(root, port, rebuild);
        server.http.start();
        server.builder.start();
        try {
            server.firstBuild.await();
        } catch (InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The address to open in a browser, such as {@code http://127.0.0.1:8820/}. */
    public URI address() {
        InetSocketAddress bound = http.getAddress();
        return URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/");
    }

    /** Stops watching (after the build under way, if any), closes the open pages' streams and the server. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            // the watch service is gone either way
        }
        try {
            builder.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.close();
        http.stop(0);
        requests.shutdownNow();
        try {
            afterStop.close();
        } catch (Exception e) {
            // stopping anyway
        }
    }

    private void buildOnEverySave() {
        try {
            build(Set.copyOf(SourceWatcher.FOLDERS));
            firstBuild.countDown();
            while (true) {
                Set<String> changed = watcher.awaitChanges();
                System.out.println(describe(changed) + ": building the preview again...");
                build(changed);
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // the preview is stopping
        } finally {
            firstBuild.countDown();
        }
    }

    private void build(Set<String> changed) {
        SiteBuild.Outcome outcome;
        try {
            outcome = rebuild.run(changed);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // keep the preview running: the writer may be able to undo what caused this
            e.printStackTrace(System.out);
            outcome = new SiteBuild.Outcome(
                    false,
                    List.of(
                            Finding.error(
                                    Position.file(SiteBuild.PREVIEW),
                                    "preview/build-stopped",
                                    "the build stopped unexpectedly (" + e
                                            + "). Undo your last change and save again; if this message stays, send it to the developers.")),
                    root.resolve(SiteBuild.PREVIEW),
                    List.of());
        }
        BuildReport next = BuildReport.of(report.generation() + 1, outcome, root);
        report = next;
        ConsoleReport.print(outcome, root, System.out);
        events.reload(next.generation());
    }

    /**
     * What the writer did, naming a file they will recognise: one that exists, rather than an editor's temporary
     * file ("Saved content/blog/x.adoc"), or, when every changed file is gone, the one removed.
     */
    String describe(Set<String> changed) {
        java.util.Optional<String> saved = changed.stream()
                .sorted()
                .filter(p -> Files.isRegularFile(root.resolve(p)))
                .findFirst();
        String shown = saved.orElse(changed.stream().sorted().findFirst().orElse(""));
        return (saved.isPresent() ? "Saved " : "Removed ")
                + (changed.size() == 1 ? shown : shown + " and " + (changed.size() - 1) + " more");
    }

    private void serveSite(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!readOnly(exchange)) {
                return;
            }
            URI uri = exchange.getRequestURI();
            SiteFolder.Lookup lookup = site.lookup(uri.getRawPath(), uri.getRawQuery());
            if (lookup instanceof SiteFolder.Redirect redirect) {
                exchange.getResponseHeaders().set("Location", redirect.location());
                respond(exchange, 301, PLAIN_TEXT, new byte[0]);
                return;
            }
            if (lookup instanceof SiteFolder.Found found && sendFile(exchange, 200, found.file(), found.page())) {
                return;
            }
            // not found: the address asked for still decides which findings the page shows
            Optional<Path> notFound = site.notFoundPage();
            if (notFound.isEmpty() || !sendFile(exchange, 404, notFound.get(), uri.getRawPath())) {
                sendPage(exchange, 404, PageOverlay.emptySite(report), uri.getRawPath());
            }
        }
    }

    private void servePreviewFiles(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals(PageOverlay.EVENTS)) {
            // stays open after this returns: ReloadEvents writes to it and closes it
            events.join(exchange, () -> report.generation());
            return;
        }
        try (exchange) {
            if (!readOnly(exchange)) {
                return;
            }
            if (path.equals(PageOverlay.RELOAD_JS)) {
                respond(exchange, 200, "text/javascript; charset=utf-8", utf8(PageOverlay.RELOAD_SCRIPT));
            } else if (path.equals(PageOverlay.PANEL_CSS)) {
                respond(exchange, 200, "text/css; charset=utf-8", utf8(PageOverlay.PANEL_STYLE));
            } else if (path.equals(PageOverlay.FINDINGS)) {
                String query = exchange.getRequestURI().getQuery();
                String file = query != null && query.startsWith("file=") ? query.substring("file=".length()) : "";
                respond(exchange, 200, JSON, utf8(report.forFileJson(file)));
            } else {
                respond(exchange, 404, PLAIN_TEXT, utf8("Not found"));
            }
        }
    }

    /**
     * Sends a file of the site; HTML pages get the reload script and the findings about {@code page}.
     *
     * @return false, having sent nothing, when the file cannot be read (a build is replacing the folder)
     */
    private boolean sendFile(HttpExchange exchange, int status, Path file, String page) throws IOException {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            return false;
        }
        boolean tool = page.replaceFirst("^/", "").startsWith(AdminFiles.SOURCE + "/");
        if (tool) {
            // the policy the host gives the tool (_headers): what works here works there
            exchange.getResponseHeaders().set("Content-Security-Policy", AdminFiles.CONTENT_SECURITY_POLICY);
        }
        if (ContentTypes.isHtml(file) && !tool) {
            // the writing tool is served as it is: a reload after each of its own saves would lose the writer's place
            sendPage(exchange, status, new String(body, StandardCharsets.UTF_8), page);
        } else {
            respond(exchange, status, ContentTypes.of(file), body);
        }
        return true;
    }

    private void sendPage(HttpExchange exchange, int status, String html, String page) throws IOException {
        BuildReport current = report;
        String shown = PageOverlay.apply(html, current, current.forPage(page));
        respond(exchange, status, ContentTypes.HTML, utf8(shown));
    }

    /** Sends a whole response; every response of the preview, and its refusals, go through here. */
    static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // every response is fresh: the point of a preview is to see the last save
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Only GET and HEAD: the preview changes nothing. */
    private static boolean readOnly(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        respond(exchange, 405, PLAIN_TEXT, utf8("Only GET and HEAD"));
        return false;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
