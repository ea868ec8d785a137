package org.agendum.render;

import java.util.List;

/**
 * What the layout needs to know about a page besides its content.
 *
 * @param title       the page's own title (the layout adds the site's)
 * @param section     which main navigation entry is current: home, meetings, committees,
 *                    decisions, forward-plan, plans, search, or "" for none
 * @param breadcrumbs the trail above the title, home first, not including this page
 * @param canonical   the page's permanent absolute address
 * @param description a one-line description for search engines, or null
 */
public record PageMeta(String title, String section, List<Link> breadcrumbs, String canonical, String description) {

    public PageMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
