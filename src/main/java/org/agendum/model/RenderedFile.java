package org.agendum.model;

import java.util.Objects;

/**
 * One output file of any stage (HTML, PDF, feed, index): its path under the site root, with
 * forward slashes, and its bytes.
 *
 * @param viewDigest for an HTML page, the digest of everything its template was given
 *                   ({@code render.ViewDigest}); null for other files and uncacheable pages
 * @param bytes      null only for a {@linkplain #kept kept} page
 */
public record RenderedFile(String path, byte[] bytes, String viewDigest) {

    public RenderedFile {
        Objects.requireNonNull(path, "path");
        if (bytes == null && viewDigest == null) {
            throw new IllegalArgumentException("a file without bytes must be a kept page: " + path);
        }
    }

    public RenderedFile(String path, byte[] bytes) {
        this(path, Objects.requireNonNull(bytes, "bytes"), null);
    }

    /**
     * A page not rendered again because its view is the one the live page was rendered from:
     * the publisher keeps the live file.
     */
    public static RenderedFile kept(String path, String viewDigest) {
        return new RenderedFile(path, null, Objects.requireNonNull(viewDigest, "viewDigest"));
    }

    public boolean isKept() {
        return bytes == null;
    }
}
