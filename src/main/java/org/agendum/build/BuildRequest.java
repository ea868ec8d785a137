package org.agendum.build;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Everything a build or check needs to know.
 *
 * @param content       the content folder
 * @param contentShownAs how to name the content folder in diagnostics
 * @param templates     the theme folder
 * @param out           the output folder: a full build replaces it atomically, an
 *                      incremental one updates the files that changed, each atomically
 * @param now           the build's clock for embargoes and "upcoming"
 * @param pdf           whether to make PDFs
 * @param cache         the build cache folder (manifest and PDFs, see {@link #defaultCache}),
 *                      or null to keep nothing between builds
 * @param incremental   whether to reuse what the cache holds; false forces a full build (the
 *                      cache is emptied, then filled again)
 */
public record BuildRequest(Path content, String contentShownAs, Path templates, Path out, Instant now, boolean pdf,
        Path cache, boolean incremental) {

    /** A build that keeps nothing between runs. */
    public BuildRequest(Path content, String contentShownAs, Path templates, Path out, Instant now, boolean pdf) {
        this(content, contentShownAs, templates, out, now, pdf, null, false);
    }

    /**
     * {@code <parent of out>/.agendum/<out name>}: beside the output, so it is never served,
     * one per output folder.
     */
    public static Path defaultCache(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.getParent().resolve(".agendum").resolve(abs.getFileName().toString());
    }

    /** The same request with the build cache at {@link #defaultCache}. */
    public BuildRequest withCache(boolean reuse) {
        return new BuildRequest(content, contentShownAs, templates, out, now, pdf, defaultCache(out), reuse);
    }
}
