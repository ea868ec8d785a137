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
 */
public record BuildRequest(Path content, String contentShownAs, Path templates, Path out, Instant now, boolean pdf) {}
