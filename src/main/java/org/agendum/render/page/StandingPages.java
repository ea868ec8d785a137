package org.agendum.render.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.agendum.model.Page;
import org.agendum.model.PublishedSite;
import org.agendum.model.RenderedFile;
import org.agendum.render.Link;
import org.agendum.render.RenderContext;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;

/**
 * Standing pages from {@code content/pages/}, the 404 page, and the search page (its
 * index is written by the search stage).
 */
public final class StandingPages {

    public record View(String title, String summaryHtml, String bodyHtml) {}

    private StandingPages() {}

    public static List<RenderedFile> render(RenderContext ctx) throws TemplateProblem {
        List<Link> home = List.of(Link.to(Urls.home(), "Home"));
        List<RenderedFile> files = new ArrayList<>();
        for (Page p : ctx.site().pages()) {
            files.add(ctx.pages().page(Urls.page(p), "page.ftlh", p.title(), "", home,
                    p.summary() == null || p.summary().isEmpty() ? null : p.summary().text(),
                    Map.of("content", new View(p.title(), p.summary() == null ? "" : p.summary().html(),
                            p.body().html())),
                    p.source().path()));
        }
        // The search page: the form and the results area search.js (or agendum serve) fills in.
        files.add(ctx.pages().page(Urls.search(), "search.ftlh", "Search", "search", home,
                "Search the committee papers.", Map.of("committees", ctx.site().committees(),
                        "types", org.agendum.render.SearchPage.TYPES), "content/site.yaml"));
        files.add(ctx.pages().anyUrlPage(Urls.NOT_FOUND,
                "404.ftlh", "Page not found", Map.of(), "content/site.yaml"));
        return files;
    }

    /**
     * The standing pages, for the footer: about first, the accessibility statement last (where
     * people look for it), the rest by title.
     */
    public static List<Link> footerLinks(PublishedSite site) {
        return site.pages().stream()
                .sorted(Comparator.comparing((Page p) -> p.slug().equals("about") ? 0
                                : p.slug().equals("accessibility-statement") ? 2 : 1)
                        .thenComparing(Page::title))
                .map(p -> Link.to(Urls.page(p), p.title())).toList();
    }
}
