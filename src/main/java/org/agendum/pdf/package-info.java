/**
 * PDFs: paper PDFs and agenda packs from the {@link org.agendum.model.PublishedSite},
 * through print templates (FreeMarker → XHTML → openhtmltopdf on PDFBox), with the pack
 * layout ({@link org.agendum.model.PackLayout}) handed back for the HTML pages.
 *
 * <p>Depends on model and on render's template engine and URLs; never on build, serve or cli.
 */
package org.agendum.pdf;
