package org.agendum.model;

import java.util.Objects;

/**
 * One output file of any stage (HTML, PDF, feed, index): its path under the site root, with
 * forward slashes, and its bytes.
 *
 * @param bytes    null only for a {@linkplain #kept kept} file
 * @param madeFrom the digest of everything the file was made from, for outputs that can
 *                 name it: an HTML page's view ({@code render.ViewDigest}), a static search
 *                 fragment's documents; null for the others (see {@link KeptFiles})
 */
public record RenderedFile(String path, byte[] bytes, String madeFrom) {

    public RenderedFile {
        Objects.requireNonNull(path, "path");
        if (bytes == null && madeFrom == null) {
            throw new IllegalArgumentException("a file without bytes must be a kept one: " + path);
        }
    }

    public RenderedFile(String path, byte[] bytes) {
        this(path, Objects.requireNonNull(bytes, "bytes"), null);
    }

    /**
     * An output not made again because the live file was made from the same input: the
     * publisher keeps the live file.
     */
    public static RenderedFile kept(String path, String madeFrom) {
        return new RenderedFile(path, null, Objects.requireNonNull(madeFrom, "madeFrom"));
    }

    public boolean isKept() {
        return bytes == null;
    }
}
