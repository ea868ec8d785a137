package org.agendum.build.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A folder of the build cache whose files are all entries (the PDFs, the Markdown memo's shards). */
public final class CacheFolder {

    private CacheFolder() {}

    /**
     * Removes every entry of {@code dir}, which stays: for a forced full build, and when the
     * cache cannot be trusted. A missing folder is already empty.
     */
    public static void empty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
