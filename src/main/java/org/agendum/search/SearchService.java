package org.agendum.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.lucene.store.MMapDirectory;

/**
 * The search of a built site, shared by the CLI and the server: one {@link IndexSnapshot}
 * used by every request, swapped for a new one when a build replaces the index (the build
 * publishes by swapping the whole output folder, so the index folder's identity changes).
 * Old snapshots are closed once the last request using them is done.
 */
public final class SearchService implements Closeable {

    /** Where the Lucene index lives inside a built site. */
    public static final String LUCENE_DIR = "_search/lucene";

    /** Checking the disk on every request would cost a syscall each; twice a second is plenty. */
    static final long CHECK_NANOS = 500_000_000L;

    private final Path indexDir;
    private final LongSupplier clock;
    private final int cacheSize;
    private final AtomicReference<Held> current = new AtomicReference<>();
    private volatile long nextCheck;
    private volatile boolean closed;

    private record Held(IndexSnapshot snapshot, Object identity) {}

    /** A service without a results cache (the CLI asks once). */
    public SearchService(Path site) {
        this(site, 0);
    }

    /** @param cacheSize recent results kept per index version; a server repeats popular queries */
    public SearchService(Path site, int cacheSize) {
        this(site, cacheSize, System::nanoTime);
    }

    SearchService(Path site, int cacheSize, LongSupplier clock) {
        this.indexDir = site.resolve(LUCENE_DIR);
        this.clock = clock;
        this.cacheSize = cacheSize;
    }

    /** True when the site has an index to search. */
    public boolean available() {
        return Files.isDirectory(indexDir);
    }

    public Path indexDir() {
        return indexDir;
    }

    /**
     * Runs {@code r} on the current snapshot. Throws {@link NoSuchFileException} when the
     * site has no index (not built yet).
     */
    public SearchResults search(SearchRequest r) throws BadQueryException, IOException {
        IndexSnapshot s = acquire();
        try {
            return s.search(r);
        } finally {
            s.reader().decRef();
        }
    }

    private IndexSnapshot acquire() throws IOException {
        if (closed) {
            throw new IOException("the search service is shut down");
        }
        refreshIfChanged();
        while (true) {
            Held h = current.get();
            if (h == null) {
                throw new NoSuchFileException(indexDir.toString(), null, "no search index; run agendum build");
            }
            if (h.snapshot().reader().tryIncRef()) {
                return h.snapshot();
            }
            // Closed by a concurrent swap between get() and tryIncRef(): read the new one.
        }
    }

    private void refreshIfChanged() throws IOException {
        long now = clock.getAsLong();
        Held h = current.get();
        if (h != null && now - nextCheck < 0) {
            return;
        }
        synchronized (this) {
            h = current.get();
            if (h != null && now - nextCheck < 0) {
                return;
            }
            nextCheck = now + CHECK_NANOS;
            Object identity = identity();
            if (identity == null) {
                swap(null);
                return;
            }
            if (h != null && Objects.equals(h.identity(), identity)) {
                return;
            }
            swap(new Held(IndexSnapshot.open(new MMapDirectory(indexDir), cacheSize), identity));
        }
    }

    /** The index folder's file key (inode) and time: both change when a build swaps the site. */
    private Object identity() throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(indexDir, BasicFileAttributes.class);
            return a.fileKey() != null ? a.fileKey() + "@" + a.lastModifiedTime() : a.lastModifiedTime();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private void swap(Held next) throws IOException {
        Held old = current.getAndSet(next);
        if (old != null) {
            old.snapshot().reader().decRef(); // closes once in-flight searches release it
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        swap(null);
    }
}
