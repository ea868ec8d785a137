/**
 * The website: {@link org.agendum.model.PublishedSite} → {@link org.agendum.render.RenderedFile}s
 * through FreeMarker templates in the theme folder. Java builds view records; templates hold
 * all presentation. No disk writes here: the build stage owns output.
 *
 * <p>Depends only on model (and reads templates); never on content, build, serve or cli.
 */
package org.agendum.render;
