package org.agendum.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.agendum.build.incremental.BuildManifest;
import org.agendum.build.incremental.FileStamp;
import org.agendum.build.incremental.Hashes;
import org.agendum.model.RenderedFile;

/**
 * The publish step. An incremental build, whose manifest describes the live site, updates
 * only the files that changed ({@link #publishInPlace}). A full build ({@link #publish}) that
 * finds a site in the output folder, and holds the build cache's lock, brings it to exactly
 * the new site the same way, comparing every file's bytes (no manifest is trusted); into an
 * empty or missing folder, or without the lock, it writes a fresh staging folder and swaps
 * it in with one rename. Either way a build that fails before publishing, or while writing,
 * leaves the live site as it was.
 */
final class SitePublisher {

    private final Path out;
    private final BuildManifest previous;
    /** Whether this build holds the build cache's lock: no other build writes {@link #out}. */
    private final boolean sole;

    SitePublisher(Path out, BuildManifest previous, boolean sole) {
        this.out = out.toAbsolutePath().normalize();
        this.previous = previous;
        this.sole = sole;
    }

    /**
     * What was published: site path → {@link Hashes#fingerprint}, → the digest of what each
     * output that names it was made from, and → the {@link FileStamp} of the live file.
     */
    record Published(Map<String, String> outputs, Map<String, String> madeFrom, Map<String, String> written) {

        /** This and {@code other}, published in two steps ({@link #publishInPlace} with a scope each). */
        Published and(Published other) {
            return new Published(union(outputs, other.outputs), union(madeFrom, other.madeFrom),
                    union(written, other.written));
        }

        private static Map<String, String> union(Map<String, String> a, Map<String, String> b) {
            Map<String, String> all = new TreeMap<>(a);
            all.putAll(b);
            return all;
        }
    }

    /** Where one output ended up: its fingerprint and its file's stamp. */
    private record Placed(String fingerprint, String stamp) {}

    /**
     * Publishes a full build: {@code files} and the supplied {@code copies} (site path →
     * source file) become the whole site. {@code beforeChange} runs before the live site is
     * first touched. A site already in the output folder is updated in place, file by file,
     * and everything in it that this build did not produce is deleted, which leaves the same
     * tree as a swap: replacing all of it cost as many file creations and deletions as the
     * site has files and folders (1 to 6 s for 17,500 files on the benchmark volume, whose
     * deletes are slow), where a rebuild usually changes a few.
     */
    Published publish(List<RenderedFile> files, Map<String, Path> copies, IoStep beforeChange) throws BuildFailure {
        LiveTree live = sole ? liveSite(files, copies) : null;
        return live != null ? publishInPlace(files, copies, beforeChange, path -> true, live)
                : stage(files, copies, beforeChange);
    }

    /**
     * The live site to update in place, or null to stage: there is none, it cannot be read,
     * or some output cannot be renamed into its place. What a killed staged build left beside
     * it goes first.
     */
    private LiveTree liveSite(List<RenderedFile> files, Map<String, Path> copies) {
        if (!holdsAnything(out)) {
            return null;
        }
        try {
            LiveTree live = LiveTree.of(out);
            List<String> outputs = new ArrayList<>(copies.keySet());
            files.forEach(f -> outputs.add(f.path()));
            if (!live.accepts(outputs)) {
                return null;
            }
            new AtomicPublisher(out).clearLeftovers();
            return live;
        } catch (IOException | RuntimeException e) {
            return null; // staging says what is wrong, if anything is
        }
    }

    /** Writes every output into a fresh staging folder and swaps it in. */
    private Published stage(List<RenderedFile> files, Map<String, Path> copies, IoStep beforeSwap) throws BuildFailure {
        AtomicPublisher publisher = new AtomicPublisher(out);
        Path staging;
        try {
            staging = publisher.newStaging(sole);
        } catch (IOException e) {
            throw new BuildFailure("publish", "cannot create a staging folder beside " + out + ": " + e.getMessage(), e);
        }
        try {
            refuseClashes(files, copies);
            DirectorySink sink = new DirectorySink(staging);
            Published published = placeAll(files, copies, (path, bytes, kept) -> place(sink, path, bytes, kept));
            beforeSwap.run();
            Path old = publisher.swap(staging);
            AtomicPublisher.deleteOld(old); // the new site is live whatever happens to the old one
            return published;
        } catch (IOException e) {
            publisher.discard(staging);
            throw new BuildFailure("publish", "cannot write the site to " + out + ": " + e.getMessage(), e);
        }
    }

    private static boolean holdsAnything(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false; // staging will say what is wrong with the folder
        }
    }

    /** Whether {@link #publishInPlace} can be used: a live site that the last manifest describes. */
    boolean canPublishInPlace() {
        return !previous.outputs().isEmpty() && Files.isDirectory(out);
    }

    /**
     * Publishes by updating the live site file by file: an output whose bytes are unchanged
     * (or a page {@linkplain RenderedFile#isKept kept}) is left alone; every changed or new
     * one is first written beside its place, and only when all are written are they renamed
     * over their places (each file atomically; a reader may see some pages of this build and
     * some of the last for that moment); then every output of the last build that this one
     * did not produce is deleted, with the folders it leaves empty. A failed write leaves the
     * site as it was. Staging the whole site instead is two file-system operations per file
     * and per folder (each created in the stage, then the old tree's unlink or rmdir): 2 to
     * 4 s of a 5,000-paper rebuild on the benchmark machine. {@code beforeChange} (forgetting the
     * manifest) runs before the first write, so a build that dies half way leaves no manifest
     * and the next build stages a complete site again, without any stray temporary file.
     */
    Published publishInPlace(List<RenderedFile> files, Map<String, Path> copies, IoStep beforeChange) throws BuildFailure {
        return publishInPlace(files, copies, beforeChange, path -> true);
    }

    /**
     * As {@link #publishInPlace(List, Map, IoStep)} for the part of the site {@code scope}
     * accepts: only outputs of the last build within it are deleted when missing from
     * {@code files}. {@code serve --watch} publishes its pages and then its search index so.
     */
    Published publishInPlace(List<RenderedFile> files, Map<String, Path> copies, IoStep beforeChange,
            Predicate<String> scope) throws BuildFailure {
        return publishInPlace(files, copies, beforeChange, scope, null);
    }

    /**
     * The in-place update. Without {@code live} (an incremental build), the last build's
     * manifest says which outputs may be unchanged and which files are ours to delete; with
     * it (a full build), every output is compared with the live file's bytes, and every file
     * of {@code live} the new site does not hold is deleted, with the folders left empty.
     */
    private Published publishInPlace(List<RenderedFile> files, Map<String, Path> copies, IoStep beforeChange,
            Predicate<String> scope, LiveTree live) throws BuildFailure {
        boolean byManifest = live == null;
        DirectorySink sink = new DirectorySink(out);
        Map<String, Path> prepared = new ConcurrentHashMap<>();
        try {
            refuseClashes(files, copies);
            beforeChange.run();
            Published published = placeAll(files, copies,
                    (path, bytes, kept) -> prepare(sink, path, bytes, kept, prepared, byManifest));
            for (Map.Entry<String, Path> p : new TreeMap<>(prepared).entrySet()) {
                sink.commit(p.getValue(), p.getKey());
            }
            prepared.clear();
            if (byManifest) {
                for (String gone : previous.outputs().keySet()) {
                    if (scope.test(gone) && !published.outputs().containsKey(gone)) {
                        sink.delete(gone);
                    }
                }
            } else {
                live.deleteAllBut(published.outputs().keySet());
            }
            return published;
        } catch (IOException e) {
            for (Path p : prepared.values()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a stray temporary file is hidden (dot-named) and replaced by the next build
                }
            }
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

    /** Puts one output in place ({@code bytes} is null for a kept page). */
    @FunctionalInterface
    private interface Placer {
        Placed put(String path, byte[] bytes, boolean kept) throws IOException;
    }

    /**
     * Every rendered file (on both cores: most of the time is the kernel creating files, one
     * at a time per thread), then every supplied file.
     */
    private Published placeAll(List<RenderedFile> files, Map<String, Path> copies, Placer placer) throws IOException {
        Map<String, String> fingerprints = new ConcurrentHashMap<>();
        Map<String, String> written = new ConcurrentHashMap<>();
        Placer recording = (path, bytes, kept) -> {
            Placed placed = placer.put(path, bytes, kept);
            fingerprints.put(path, placed.fingerprint());
            if (placed.stamp() != null) {
                written.put(path, placed.stamp());
            }
            return placed;
        };
        try {
            files.parallelStream().forEach(f -> {
                try {
                    recording.put(f.path(), f.bytes(), f.isKept());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Map.Entry<String, Path> c : copies.entrySet()) {
            recording.put(c.getKey(), Files.readAllBytes(c.getValue()), false);
        }
        Map<String, String> madeFrom = new TreeMap<>();
        for (RenderedFile f : files) {
            if (f.madeFrom() != null) {
                madeFrom.put(f.path(), f.madeFrom());
            }
        }
        return new Published(new TreeMap<>(fingerprints), madeFrom, new TreeMap<>(written));
    }

    /**
     * One output of an in-place update: nothing to do for a kept page or a file that already
     * has exactly these bytes; otherwise written beside its place, in {@code prepared}.
     */
    private Placed prepare(DirectorySink live, String path, byte[] bytes, boolean kept, Map<String, Path> prepared,
            boolean byManifest) throws IOException {
        if (kept) {
            if (!byManifest) {
                throw nothingToKeep(path);
            }
            return new Placed(previous.outputs().get(path), previous.written().get(path));
        }
        String fingerprint = Hashes.fingerprint(bytes);
        if ((!byManifest || fingerprint.equals(previous.outputs().get(path))) && live.holds(path, bytes)) {
            return new Placed(fingerprint, live.stamp(path));
        }
        Path tmp = live.prepare(path, bytes);
        prepared.put(path, tmp);
        return new Placed(fingerprint, FileStamp.of(tmp)); // a rename keeps the stamp
    }

    /** Stages one output: always a new file, as a staged build is a full one. */
    private static Placed place(DirectorySink sink, String path, byte[] bytes, boolean kept) throws IOException {
        if (kept) {
            throw nothingToKeep(path);
        }
        sink.write(path, bytes);
        return new Placed(Hashes.fingerprint(bytes), sink.stamp(path));
    }

    /** A full build renders every page, so a kept one means the renderer was told of a live site it must not trust. */
    private static IOException nothingToKeep(String path) {
        return new IOException("a full build has no page to keep: " + path);
    }

    @FunctionalInterface
    interface IoStep {
        void run() throws IOException;
    }
}
