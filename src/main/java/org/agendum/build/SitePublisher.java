package org.agendum.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.agendum.build.incremental.BuildManifest;
import org.agendum.build.incremental.Hashes;
import org.agendum.model.RenderedFile;

/**
 * The publish step: every output into a fresh staging folder, then one atomic swap. With a
 * previous manifest, an output whose bytes are exactly what the live site already has is
 * hard-linked from the live site instead of written again (copied where links are not
 * possible); anything not produced by this build is simply not in the staging folder, so
 * outputs whose sources went away disappear with the swap.
 */
final class SitePublisher {

    private final Path out;
    private final BuildManifest previous;

    SitePublisher(Path out, BuildManifest previous) {
        this.out = out.toAbsolutePath().normalize();
        this.previous = previous;
    }

    /** What was published: site path → {@link Hashes#fingerprint}. */
    record Published(Map<String, String> outputs, int carried) {}

    /**
     * Publishes {@code files} and the supplied {@code copies} (site path → source file).
     * {@code beforeSwap} runs once everything is staged, just before the swap.
     */
    Published publish(List<RenderedFile> files, Map<String, Path> copies, IoStep beforeSwap) throws BuildFailure {
        AtomicPublisher publisher = new AtomicPublisher(out);
        Path staging;
        try {
            staging = publisher.newStaging();
        } catch (IOException e) {
            throw new BuildFailure("publish", "cannot create a staging folder beside " + out + ": " + e.getMessage(), e);
        }
        try {
            refuseClashes(files, copies);
            DirectorySink sink = new DirectorySink(staging);
            Map<String, String> digests = new ConcurrentHashMap<>();
            int carried = placeAll(files, copies, (path, bytes) -> place(sink, path, bytes, digests));
            beforeSwap.run();
            publisher.swap(staging);
            return new Published(new TreeMap<>(digests), carried);
        } catch (IOException e) {
            publisher.discard(staging);
            throw new BuildFailure("publish", "cannot write the site to " + out + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@link #publishInPlace} can be used: a live site that the last manifest describes. */
    boolean canPublishInPlace() {
        return !previous.outputs().isEmpty() && Files.isDirectory(out);
    }

    /**
     * Publishes by updating the live site file by file, for {@code serve --watch}: an output
     * whose bytes are unchanged is left alone, a changed or new one is written beside its
     * place and renamed over it (each file atomically; a reader may see some pages of this
     * build and some of the last), and every output of the last build that this one did not
     * produce is deleted, with the folders it leaves empty. Staging the whole site instead is
     * two file-system operations per file (a link, then the old tree's unlink): 2.6 to 4 s of a
     * 5,000-paper rebuild on the benchmark machine. {@code beforeChange} (forgetting the
     * manifest) runs before the first change, so a build that dies half way leaves no
     * manifest and the next build stages a complete site again.
     */
    Published publishInPlace(List<RenderedFile> files, Map<String, Path> copies, IoStep beforeChange) throws BuildFailure {
        try {
            refuseClashes(files, copies);
            beforeChange.run();
            DirectorySink sink = new DirectorySink(out);
            Map<String, String> fingerprints = new ConcurrentHashMap<>();
            int unchanged = placeAll(files, copies, (path, bytes) -> update(sink, path, bytes, fingerprints));
            for (String gone : new TreeMap<>(previous.outputs()).keySet()) {
                if (!fingerprints.containsKey(gone)) {
                    sink.delete(gone);
                }
            }
            return new Published(new TreeMap<>(fingerprints), unchanged);
        } catch (IOException e) {
            throw new BuildFailure("publish", "cannot update the site in " + out + ": " + e.getMessage(), e);
        }
    }

    private static void refuseClashes(List<RenderedFile> files, Map<String, Path> copies) throws IOException {
        for (RenderedFile f : files) {
            if (copies.containsKey(f.path())) {
                throw new IOException("a supplied file and a rendered page both claim " + f.path());
            }
        }
    }

    /** Puts one output in place; true if the live file already had its bytes. */
    @FunctionalInterface
    private interface Placer {
        boolean put(String path, byte[] bytes) throws IOException;
    }

    /**
     * Every rendered file (on both cores: most of the time is the kernel creating files, one
     * at a time per thread), then every supplied file; returns how many were already live.
     */
    private static int placeAll(List<RenderedFile> files, Map<String, Path> copies, Placer placer) throws IOException {
        AtomicInteger live = new AtomicInteger();
        try {
            files.parallelStream().forEach(f -> {
                try {
                    if (placer.put(f.path(), f.bytes())) {
                        live.incrementAndGet();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Map.Entry<String, Path> c : copies.entrySet()) {
            if (placer.put(c.getKey(), Files.readAllBytes(c.getValue()))) {
                live.incrementAndGet();
            }
        }
        return live.get();
    }

    /** One output in place: left alone if the live file has exactly these bytes, else replaced. */
    private boolean update(DirectorySink live, String path, byte[] bytes, Map<String, String> fingerprints)
            throws IOException {
        String fingerprint = Hashes.fingerprint(bytes);
        fingerprints.put(path, fingerprint);
        if (fingerprint.equals(previous.outputs().get(path)) && live.holds(path, bytes)) {
            return true;
        }
        live.replace(path, bytes);
        return false;
    }

    /**
     * Stages one output: a hard link to the live site's file when that file has exactly these
     * bytes, otherwise a new file. The fingerprint only spares reading live files that surely
     * differ; what decides is the byte-for-byte comparison, so nothing stale can be carried.
     * Returns whether it was carried over.
     */
    private boolean place(DirectorySink sink, String path, byte[] bytes, Map<String, String> fingerprints) throws IOException {
        String fingerprint = Hashes.fingerprint(bytes);
        fingerprints.put(path, fingerprint);
        if (fingerprint.equals(previous.outputs().get(path))) {
            Path live = out.resolve(path).normalize();
            if (live.startsWith(out) && Files.isRegularFile(live) && Files.size(live) == bytes.length
                    && Arrays.equals(Files.readAllBytes(live), bytes)) {
                sink.link(path, live);
                return true;
            }
        }
        sink.write(path, bytes);
        return false;
    }

    @FunctionalInterface
    interface IoStep {
        void run() throws IOException;
    }
}
