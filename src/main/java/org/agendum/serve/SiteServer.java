package org.agendum.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.agendum.render.SearchPage;
import org.agendum.search.SearchService;

/**
 * Serves a built site, its search API and no-JavaScript search results, with the JDK's
 * own HTTP server ({@code com.sun.net.httpserver}): no dependency to keep patched, it
 * speaks HTTP/1.1 keep-alive, and it holds the load measured in docs/performance.md. A
 * fixed pool of workers with a bounded queue keeps memory flat under load; when the queue
 * is full the accepting thread does the work itself, which slows intake instead of failing.
 *
 * <p>The JDK server reads a request's line and headers on a worker thread, so a client that
 * sends them slowly holds that worker. Hence many workers (waiting on a socket costs a
 * thread, not CPU), a limit of {@link #REQUEST_SECONDS} on reading a request, after which
 * the connection is dropped, and a separate, smaller limit on searches running at once so the
 * CPU-bound work stays as measured. A slow <em>reader</em> of a large file still holds a
 * worker until it finishes; on the open internet, put a buffering proxy in front
 * (docs/reliability.md).
 */
public final class SiteServer implements AutoCloseable {

    /** Requests in flight are given this long to finish on shutdown. */
    static final int DRAIN_SECONDS = 5;

    /**
     * A request whose line and headers have not all arrived this long after its first byte
     * (or after waiting for a worker) is dropped. The JDK reads it once, from the system
     * property {@code sun.net.httpserver.maxReqTime}, when the JVM's first server is made;
     * set that property to use another value.
     */
    static final int REQUEST_SECONDS = 10;

    /** Threads reading requests and sending files; most of their time is spent waiting on sockets. */
    static final int WORKERS = 64;

    /** Popular searches repeat; a thousand recent results cost a few megabytes. */
    public static final int DEFAULT_CACHE = 1024;

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final SearchService search;
    private final SiteFiles files;
    private final SearchApi api;
    private final SearchHtml html;
    private final PrintWriter log;
    private final LiveReload live;
    private final Semaphore searchSlots;

    /**
     * @param templates the theme, for no-JavaScript results; null serves the search page as built
     */
    public SiteServer(Path site, String host, int port, SearchPage templates, PrintWriter log) throws IOException {
        this(site, host, port, templates, log, DEFAULT_CACHE);
    }

    /** @param cacheSize recent search results kept (0: none); emptied whenever the index changes */
    public SiteServer(Path site, String host, int port, SearchPage templates, PrintWriter log, int cacheSize)
            throws IOException {
        this(site, host, port, templates, log, cacheSize, null);
    }

    /** @param live live reload for {@code serve --watch}; null for the site as published */
    public SiteServer(Path site, String host, int port, SearchPage templates, PrintWriter log, int cacheSize,
            LiveReload live) throws IOException {
        this.live = live;
        this.files = new SiteFiles(site);
        this.search = new SearchService(files.root(), cacheSize);
        this.api = new SearchApi(search);
        this.html = new SearchHtml(files.root(), templates, search);
        this.log = log;
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each
        // keep-alive response then waits ~40 ms for the client's delayed ACK. Read once, when
        // the first server is made, and harmless to anything else in the JVM.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        }
        this.searchSlots = new Semaphore(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1024),
                r -> {
                    Thread t = new Thread(r, "agendum-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        this.server = HttpServer.create(new InetSocketAddress(host, port), 256);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
    }

    public void start() {
        server.start();
    }

    /** The bound address (the port is chosen by the system when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange ex) {
        try {
            if (live != null && ex.getRequestMethod().equals("GET") && live.handle(ex)) {
                return; // answered, or parked until the next build
            }
        } catch (IOException e) {
            return; // the client went away
        }
        try (ex) {
            Http.common(ex);
            files.awaitSite(); // a build may be swapping the site in this very instant
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                Http.text(ex, 405, "Only GET and HEAD are supported.");
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            if (path.equals("/api/search")) {
                searchSlots.acquireUninterruptibly();
                try {
                    api.handle(ex);
                } finally {
                    searchSlots.release();
                }
                return;
            }
            if (path.startsWith("/api/")) {
                Http.text(ex, 404, "No such API.");
                return;
            }
            if (path.equals("/search/") && ex.getRequestURI().getRawQuery() != null) {
                searchSlots.acquireUninterruptibly();
                try {
                    if (html.handle(ex)) {
                        return;
                    }
                } finally {
                    searchSlots.release();
                }
            }
            serveFile(ex);
        } catch (IOException e) {
            // The client went away mid-response: nothing to answer.
        } catch (RuntimeException e) {
            log.println("serve: internal error on " + ex.getRequestURI().getRawPath() + ": " + e);
            log.flush();
            try {
                Http.text(ex, 500, "Internal error.");
            } catch (IOException | RuntimeException ignored) {
                // headers may already be sent
            }
        }
    }

    private void serveFile(HttpExchange ex) throws IOException {
        SiteFiles.Resolved r = files.resolve(ex.getRequestURI());
        for (int attempt = 1; r instanceof SiteFiles.Found f; attempt++) {
            try {
                if (live != null && ContentTypes.isHtml(f.name())) {
                    // pages are read whole to add the live script; the published site never has it
                    byte[] page = LiveReload.inject(java.nio.file.Files.readAllBytes(f.file()));
                    ex.getResponseHeaders().set("Cache-Control", "no-store");
                    Http.document(ex);
                    Http.send(ex, 200, ContentTypes.of(f.name()), page);
                } else {
                    SiteFiles.send(ex, f);
                }
                return;
            } catch (NoSuchFileException gone) {
                if (attempt == 3) {
                    throw gone;
                }
                r = files.resolve(ex.getRequestURI()); // a build swapped the site: look in the new one
            }
        }
        if (r instanceof SiteFiles.AddSlash s) {
            ex.getResponseHeaders().set("Location", s.location());
            Http.text(ex, 301, "Moved to " + s.location());
        } else if (r instanceof SiteFiles.Refused why) {
            Http.text(ex, 400, "Bad path: " + why.why() + ".");
        } else {
            Http.text(ex, 404, "Not found.");
        }
    }

    /** Stops accepting, lets requests in flight finish, then releases the index. */
    @Override
    public void close() {
        server.stop(DRAIN_SECONDS);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            search.close();
        } catch (IOException ignored) {
            // closing a read-only index cannot lose anything
        }
    }
}
