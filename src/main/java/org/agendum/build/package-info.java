/**
 * The one pipeline: load → validate → publish decision → render (HTML, PDF, index, feeds)
 * → publish to the output folder atomically. {@link org.agendum.build.SiteBuilder} runs the
 * stages in order; {@code check} is the same pipeline stopped before rendering.
 *
 * <p>Depends on model, content, render, pdf and search; nothing but serve and cli depends on it.
 */
package org.agendum.build;
