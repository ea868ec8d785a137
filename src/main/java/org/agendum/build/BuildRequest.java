package org.agendum.build;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Everything a build or check needs to know.
 *
 * @param content       the content folder
 * @param contentShownAs how to name the content folder in diagnostics
 * @param templates     the theme folder
 * @param out           the output folder, replaced atomically
 * @param now           the build's clock for embargoes and "upcoming"
 * @param pdf           whether to make PDFs
 * @param cache         the build cache folder (manifest and PDFs, see {@link #defaultCache}),
 *                      or null to keep nothing between builds
 * @param incremental   whether to reuse what the cache holds; false forces a full build (the
 *                      cache is emptied, then filled again)
 * @param inPlace       whether an incremental build may update the output folder file by file
 *                      (each file replaced atomically, not the site as a whole): for
 *                      {@code serve --watch}, whose only reader is the clerk's preview
 */
public record BuildRequest(Path content, String contentShownAs, Path templates, Path out, Instant now, boolean pdf,
        Path cache, boolean incremental, boolean inPlace) {

    /** A build that keeps nothing between runs. */
    public BuildRequest(Path content, String contentShownAs, Path templates, Path out, Instant now, boolean pdf) {
        this(content, contentShownAs, templates, out, now, pdf, null, false, false);
    }

    /**
     * {@code <parent of out>/.agendum/<out name>}: beside the output, so it is never served and
     * is on the same file system (outputs are carried over by hard link), one per output folder.
     */
    public static Path defaultCache(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.getParent().resolve(".agendum").resolve(abs.getFileName().toString());
    }

    /** The same request with the build cache at {@link #defaultCache}. */
    public BuildRequest withCache(boolean reuse) {
        return new BuildRequest(content, contentShownAs, templates, out, now, pdf, defaultCache(out), reuse, inPlace);
    }

    /** The same request, publishing file by file into the output folder when it can ({@code serve --watch}). */
    public BuildRequest withInPlacePublish() {
        return new BuildRequest(content, contentShownAs, templates, out, now, pdf, cache, incremental, true);
    }
}
