/**
 * One small renderer per page type (home, meetings, papers, minutes, committees, decisions,
 * plans, standing pages). Each turns the published site into view records for its template
 * in {@code templates/}; no HTML is built here.
 *
 * <p>Depends on model and the render core only.
 */
package org.agendum.render.page;
