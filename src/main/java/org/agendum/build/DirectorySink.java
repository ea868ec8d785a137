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
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside the output folder: " + path);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    public Path root() {
        return root;
    }
}
