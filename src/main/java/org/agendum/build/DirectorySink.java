package org.agendum.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.build.incremental.FileStamp;

/** Writes into a staging folder, refusing any path that would land outside it. */
public final class DirectorySink implements OutputSink {

    private final Path root;

    public DirectorySink(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        Path target = target(path);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    /** Whether the file at {@code path} exists and holds exactly {@code bytes}. */
    public boolean holds(String path, byte[] bytes) throws IOException {
        Path target = target(path);
        return Files.isRegularFile(target) && Files.size(target) == bytes.length
                && java.util.Arrays.equals(Files.readAllBytes(target), bytes);
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code path}'s place, for {@link #commit}:
     * a live site is updated by writing every changed file first and renaming them all after,
     * so a failed write (a full disk) leaves the site as it was.
     */
    public Path prepare(String path, byte[] bytes) throws IOException {
        Path target = target(path);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /** Renames a {@link #prepare prepared} file over {@code path}: readers see the old file or the new, never half of one. */
    public void commit(Path prepared, String path) throws IOException {
        Files.move(prepared, target(path), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The {@link FileStamp} of the file at {@code path}, or null if there is none. */
    public String stamp(String path) throws IOException {
        return FileStamp.of(target(path));
    }

    /** Deletes the file at {@code path} if it is there, then the folders that leaves empty. */
    public void delete(String path) throws IOException {
        Path target = target(path);
        Files.deleteIfExists(target);
        for (Path dir = target.getParent(); dir != null && !dir.equals(root) && dir.startsWith(root); dir = dir.getParent()) {
            try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            } catch (java.nio.file.NoSuchFileException e) {
                continue;
            }
            Files.deleteIfExists(dir);
        }
    }

    private Path target(String path) throws IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside the output folder: " + path);
        }
        return target;
    }

    public Path root() {
        return root;
    }
}
