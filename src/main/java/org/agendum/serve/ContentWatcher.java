package org.agendum.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.agendum.content.ContentChanges;

/**
 * Watches folder trees (the content and the theme) with the JDK's WatchService, which does not
 * recurse by itself: every folder is registered, and folders created later as they appear.
 * Changes are debounced: an editor's save is often several events (temp file, rename, chmod)
 * within a millisecond or two, so the callback runs once the trees have been quiet for
 * {@link #QUIET_MILLIS}. A save slower than that (a large file written in pieces, a sync
 * client, a git checkout) can still be caught half way: the callback can ask
 * {@link #changedSince} whether more changes came while it ran, and the watcher runs it again
 * for them straight away.
 */
final class ContentWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 10;

    private final WatchService service;
    private final Consumer<ContentChanges> onChange;
    /** What the events since the callback last started touched; null after an overflow. Watcher's thread only. */
    private Set<Path> touched = new HashSet<>();
    private final Thread thread;
    /** Events taken by {@link #changedSince} while the callback ran; only the watcher's thread touches it. */
    private boolean pending;

    /**
     * Registers the trees at once, so that changes made before {@link #start} (while a first
     * build reads them) are reported to the first callback.
     */
    ContentWatcher(List<Path> roots, Consumer<ContentChanges> onChange) throws IOException {
        this.service = roots.get(0).getFileSystem().newWatchService();
        this.onChange = onChange;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::loop, "agendum-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                if (!pending) {
                    drain(service.take());
                }
                pending = false;
                // debounce: keep taking events until the trees are quiet
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                ContentChanges changes = touched == null ? ContentChanges.UNKNOWN : ContentChanges.only(touched);
                touched = new HashSet<>(); // what comes during the callback is for the next one
                onChange.accept(changes);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /**
     * For the callback, on the watcher's thread: whether anything changed since it was called.
     * If so, the callback runs again as soon as it returns (after the usual quiet time).
     */
    boolean changedSince() {
        WatchKey key = service.poll();
        while (key != null) {
            drain(key);
            pending = true;
            key = service.poll();
        }
        return pending;
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            Path at = e.context() instanceof Path p ? dir.resolve(p) : null;
            if (e.kind() == OVERFLOW || at == null) {
                touched = null; // events were lost: nothing is known
            } else if (touched != null) {
                touched.add(at);
            }
            if (e.kind() == ENTRY_CREATE || e.kind() == OVERFLOW) {
                try {
                    registerTree(at == null ? dir : at); // a new folder (or, after an overflow, whatever was missed)
                } catch (IOException ignored) {
                    // gone again already; the rebuild will see what is there
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
