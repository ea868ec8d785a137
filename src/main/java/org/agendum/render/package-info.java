/**
 * The website: {@link org.agendum.model.PublishedSite} → {@link org.agendum.model.RenderedFile}s
 * through FreeMarker templates in the theme folder. {@link org.agendum.render.SiteRenderer}
 * runs the page renderers ({@code render.page}) and the feeds ({@code render.feed}); Java
 * builds view records, templates hold all presentation. No disk writes here: the build
 * stage owns output. {@link org.agendum.render.Urls} holds the permanent URLs.
 *
 * <p>Depends only on model (and reads the theme); never on content, build, serve or cli.
 */
package org.agendum.render;
