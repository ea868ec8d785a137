package org.agendum.build.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The SHA-256 of every input file for the manifest, the way git's index does it: a file whose
 * size and modification time (to the nanosecond) are what the last manifest recorded keeps
 * the digest recorded with them, and only the others are read and hashed. Hashing all of a
 * 5,000-paper content folder again was 1.6 CPU seconds of every rebuild. A file stamped
 * within {@link #RACY} of the moment it was hashed could still have changed unseen in the
 * same clock tick, so its stamp is never trusted.
 */
public final class InputDigests {

    static final long RACY = TimeUnit.SECONDS.toNanos(2);

    /** Paths (with their folder's prefix, e.g. {@code content/…}) → digest, and → stamp. */
    public record Result(Map<String, String> digests, Map<String, String> stamps) {}

    private InputDigests() {}

    /**
     * @param roots    prefix → folder, e.g. {@code content/} → the content folder
     * @param previous the last manifest, whose digests are reused where the stamps agree
     */
    public static Result of(Map<String, Path> roots, BuildManifest previous) throws IOException {
        long now = TimeUnit.MILLISECONDS.toNanos(Instant.now().toEpochMilli());
        Map<String, String> digests = new TreeMap<>();
        Map<String, String> stamps = new TreeMap<>();
        for (Map.Entry<String, Path> root : roots.entrySet()) {
            if (!Files.isDirectory(root.getValue())) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root.getValue())) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            try {
                files.parallelStream().map(f -> one(root.getKey(), root.getValue(), f, previous, now)).toList()
                        .forEach(e -> {
                            digests.put(e[0], e[1]);
                            if (e[2] != null) {
                                stamps.put(e[0], e[2]);
                            }
                        });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new Result(digests, stamps);
    }

    /** {path, digest, stamp or null}. */
    private static String[] one(String prefix, Path root, Path file, BuildManifest previous, long now) {
        try {
            String path = prefix + root.relativize(file).toString().replace('\\', '/');
            String stamp = FileStamp.of(file);
            if (stamp == null) {
                throw new java.nio.file.NoSuchFileException(file.toString(), null, "removed while the build read it");
            }
            long modified = FileStamp.modified(stamp);
            String known = previous.inputs().get(path);
            if (known != null && stamp.equals(previous.stamps().get(path))) {
                return new String[] {path, known, stamp};
            }
            String digest = Hashes.ofFile(file);
            return new String[] {path, digest, now - modified > RACY ? stamp : null};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
