/**
 * Search: a Lucene index built from the {@link org.agendum.model.PublishedSite} (never by
 * scraping HTML), the query API the CLI and server share, and the static sharded index.
 *
 * <p>Depends on model and render's URLs; never on build, serve or cli.
 */
package org.agendum.search;
