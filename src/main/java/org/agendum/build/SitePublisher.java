package org.agendum.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * previous manifest, an output whose digest (and size) is what the live site already has is
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

    /** What was published: site path → SHA-256. */
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
            DirectorySink sink = new DirectorySink(staging);
            Map<String, String> digests = new ConcurrentHashMap<>();
            int[] carried = new int[1];
            for (RenderedFile f : files) {
                if (copies.containsKey(f.path())) {
                    throw new IOException("a supplied file and a rendered page both claim " + f.path());
                }
            }
            // Both cores: most of this is the kernel creating files, one at a time per thread.
            AtomicInteger carriedOver = new AtomicInteger();
            files.parallelStream().forEach(f -> {
                String digest = Hashes.of(f.bytes());
                digests.put(f.path(), digest);
                try {
                    if (carryOver(sink, f.path(), digest, f.bytes().length)) {
                        carriedOver.incrementAndGet();
                    } else {
                        sink.write(f.path(), f.bytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            carried[0] = carriedOver.get();
            for (Map.Entry<String, Path> c : copies.entrySet()) {
                String digest = Hashes.ofFile(c.getValue());
                digests.put(c.getKey(), digest);
                if (carryOver(sink, c.getKey(), digest, Files.size(c.getValue()))) {
                    carried[0]++;
                } else {
                    sink.copy(c.getKey(), c.getValue());
                }
            }
            beforeSwap.run();
            publisher.swap(staging);
            return new Published(new TreeMap<>(digests), carried[0]);
        } catch (UncheckedIOException e) {
            publisher.discard(staging);
            throw new BuildFailure("publish", "cannot write the site to " + out + ": " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            publisher.discard(staging);
            throw new BuildFailure("publish", "cannot write the site to " + out + ": " + e.getMessage(), e);
        }
    }

    /** Links the live site's copy into staging if the last build recorded these very bytes there. */
    private boolean carryOver(DirectorySink sink, String path, String digest, long size) throws IOException {
        if (!digest.equals(previous.outputs().get(path))) {
            return false;
        }
        Path live = out.resolve(path).normalize();
        if (!live.startsWith(out) || !Files.isRegularFile(live) || Files.size(live) != size) {
            return false;
        }
        sink.link(path, live);
        return true;
    }

    @FunctionalInterface
    interface IoStep {
        void run() throws IOException;
    }
}
