/**
 * Markdown for content: flexmark parsing with the extensions the content model allows,
 * the safe-HTML and safe-link rules, heading ids and minute headings. Checks and renders
 * the same tree once, so the HTML published is exactly the source that was validated.
 */
package org.agendum.content.markdown;
