/**
 * Reads {@code content/}: files → YAML and Markdown → the {@link org.agendum.model} records,
 * with every problem collected as a {@link org.agendum.model.Diagnostic} at
 * {@code path:line:col}. {@link org.agendum.content.ContentLoader} is the front door.
 *
 * <p>Depends only on {@code model}; never on render, pdf, search, build, serve or cli.
 */
package org.agendum.content;
