package org.agendum.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Live reload for {@code serve --watch}, and nothing else: the public site never has it.
 *
 * <p>Every HTML page gets one extra element, {@code <script src="/_live/live.js">} (an
 * external script, so the site's Content-Security-Policy holds). The script long-polls
 * {@code /_live?since=N}, which answers at once if the build version is past N and otherwise
 * after the next build (or 25 s). The answer is {@code {"version":…, "errors":[…]}}: no errors
 * means the page reloads; errors (each {@code path:line:col: message}) are shown in an overlay
 * over the last good page, which is still what is served.
 *
 * <p>Waiting requests are parked on their own threads, not the server's workers, so open
 * tabs cannot starve page requests.
 */
public final class LiveReload implements AutoCloseable {

    static final String PREFIX = "/_live";
    static final long WAIT_MILLIS = 25_000;
    private static final byte[] TAG = "<script src=\"/_live/live.js\" defer></script>".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService waiters = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "agendum-live");
        t.setDaemon(true);
        return t;
    });
    private final byte[] script;
    private long version;
    private List<String> errors = List.of();

    public LiveReload() {
        try (InputStream in = LiveReload.class.getResourceAsStream("live.js")) {
            script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A build published a new site: pages reload. */
    public synchronized void published() {
        version++;
        errors = List.of();
        notifyAll();
    }

    /** A build failed: pages show {@code lines} over the last good site. */
    public synchronized void failed(List<String> lines) {
        version++;
        errors = List.copyOf(lines);
        notifyAll();
    }

    /** The state as the script sees it, once the version is past {@code since} or the wait is over. */
    synchronized Map<String, Object> await(long since, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (version <= since) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", version);
        state.put("errors", errors);
        return state;
    }

    /** Whether {@code ex} is for {@code /_live}; if so it is answered (perhaps later, on another thread). */
    boolean handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        if (path.equals(PREFIX + "/live.js")) {
            try (ex) {
                Http.common(ex);
                ex.getResponseHeaders().set("Cache-Control", "no-cache");
                Http.send(ex, 200, "text/javascript; charset=utf-8", script);
            }
            return true;
        }
        if (!path.equals(PREFIX)) {
            return false;
        }
        long since;
        try {
            since = parseSince(Http.params(ex).get("since"));
        } catch (IllegalArgumentException e) {
            since = -1;
        }
        long after = since;
        waiters.execute(() -> {
            try (ex) {
                Http.common(ex);
                ex.getResponseHeaders().set("Cache-Control", "no-store");
                Http.send(ex, 200, "application/json", JSON.writeValueAsBytes(await(after, WAIT_MILLIS)));
            } catch (IOException e) {
                // the tab was closed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return true;
    }

    private static long parseSince(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code html} with the live script added before {@code </head>} (or at the end if there is none). */
    static byte[] inject(byte[] html) {
        String s = new String(html, StandardCharsets.ISO_8859_1); // byte-preserving, to find the tag
        int at = s.indexOf("</head>");
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + TAG.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(TAG, 0, out, at, TAG.length);
        System.arraycopy(html, at, out, at + TAG.length, html.length - at);
        return out;
    }

    @Override
    public void close() {
        waiters.shutdownNow();
    }
}
