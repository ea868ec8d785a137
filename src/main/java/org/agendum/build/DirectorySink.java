package org.agendum.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * Puts {@code source} (a file of the live site) at {@code path} as a hard link, or as a
     * copy where the file system has no links. The live site is replaced, never edited in
     * place, so sharing its files is safe.
     */
    public void link(String path, Path source) throws IOException {
        Path target = target(path);
        Files.createDirectories(target.getParent());
        try {
            Files.createLink(target, source);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(source, target);
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
