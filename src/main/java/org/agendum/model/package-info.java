/**
 * The content model: immutable records built once from {@code content/}, plus the one place
 * ({@link org.agendum.model.Publication}) that decides what may be published.
 *
 * <p>Owns no I/O and imports nothing from the other Agendum packages; every later stage
 * depends on it, never the other way round.
 */
package org.agendum.model;
