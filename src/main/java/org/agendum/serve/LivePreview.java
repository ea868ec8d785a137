package org.agendum.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.agendum.build.BuildFailure;
import org.agendum.build.BuildRequest;
import org.agendum.build.BuildResult;
import org.agendum.build.SiteBuilder;
import org.agendum.content.ContentChanges;
import org.agendum.render.SearchPage;

/**
 * {@code serve --watch}: builds the site, serves it with live reload, and rebuilds
 * (incrementally, through {@link SiteBuilder} like {@code build}) whenever the content or the
 * theme changes. A failed build publishes nothing, so the last good site keeps being served,
 * and its problems go to the open pages as an overlay and to the log.
 *
 * <p>Builds run one at a time on the watcher's thread; changes made during a build are
 * picked up by the next one.
 */
public final class LivePreview implements AutoCloseable {

    /** What to build: content, theme, output, PDFs or not; the clock is asked at each build. */
    public record Settings(Path content, String contentShownAs, Path templates, Path site, boolean pdf,
            Supplier<Instant> clock) {}

    private final Settings settings;
    private final PrintWriter log;
    private final LiveReload live = new LiveReload();
    private final SiteBuilder builder = SiteBuilder.forPreview();
    private SiteServer server;
    private ContentWatcher watcher;
    /**
     * Whether the files changed again while a build ran: the watcher's answer once it runs
     * (it is asked on the watcher's own thread, where rebuilds run), or a test's.
     */
    private BooleanSupplier changedAgain;

    public LivePreview(Settings settings, PrintWriter log) {
        this(settings, log, null);
    }

    /** With {@code changedAgain} standing in for the watcher's answer (tests). */
    LivePreview(Settings settings, PrintWriter log, BooleanSupplier changedAgain) {
        this.settings = settings;
        this.log = log;
        this.changedAgain = changedAgain;
    }

    /** The first build, then the server and the watcher. */
    public void start(String host, int port, SearchPage searchPage, int cacheSize) throws IOException {
        // watching before the first build: a save while it reads the files is the first change reported
        watcher = new ContentWatcher(List.of(settings.content(), settings.templates()), this::rebuild);
        rebuild();
        Files.createDirectories(settings.site()); // so a first build that failed still has a folder to serve
        server = new SiteServer(settings.site(), host, port, searchPage, log, cacheSize, live);
        if (changedAgain == null) {
            changedAgain = watcher::changedSince;
        }
        server.start();
        watcher.start();
    }

    public InetSocketAddress address() {
        return server.address();
    }

    /** One build of everything; the outcome goes to the open pages and the log. Never throws. */
    void rebuild() {
        rebuild(ContentChanges.UNKNOWN);
    }

    /** One build after {@code changes}, as {@link #rebuild()}. */
    void rebuild(ContentChanges changes) {
        long t0 = System.nanoTime();
        BuildRequest request = new BuildRequest(settings.content(), settings.contentShownAs(), settings.templates(),
                settings.site(), settings.clock().get(), settings.pdf()).withCache(true);
        List<String> problems = new ArrayList<>();
        boolean published = false;
        AtomicLong pagesLive = new AtomicLong(-1); // ms from the start until the pages were live
        try {
            BuildResult result = builder.build(request, changes, () -> { // open pages reload at once
                pagesLive.set((System.nanoTime() - t0) / 1_000_000);
                live.published();
            });
            result.load().diagnostics().forEach(d -> problems.add(d.format()));
            published = result.published();
        } catch (BuildFailure e) {
            problems.add(e.stage() + " failed: " + e.getMessage());
        } catch (RuntimeException e) {
            problems.add("the build failed unexpectedly: " + e);
        }
        if (!published && pagesLive.get() < 0 && changedAgain != null && changedAgain.getAsBoolean()) {
            // The files changed again while this build read them: it may have caught a save
            // half way. Its problems would flash up and vanish; the next build, which starts
            // at once, says what is really there.
            log.println("serve: content changed during the build; building again");
            log.flush();
            return;
        }
        problems.forEach(log::println);
        if (published) {
            log.println("serve: rebuilt in " + (System.nanoTime() - t0) / 1_000_000 + " ms (pages reloaded after "
                    + pagesLive.get() + " ms)");
        } else {
            live.failed(problems);
            log.println(pagesLive.get() >= 0
                    ? "serve: the pages were published but not the search index; the next save builds all again"
                    : "serve: not published; still serving the last good site");
        }
        log.flush();
    }

    /** What the open pages are told now: the build's version and its problems (tests). */
    Map<String, Object> pagesAreTold() throws InterruptedException {
        return live.await(Long.MAX_VALUE, 0);
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
        live.close();
    }
}
