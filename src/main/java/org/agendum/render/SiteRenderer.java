package org.agendum.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agendum.model.AgendaPacks;
import org.agendum.model.KeptFiles;
import org.agendum.model.PublishedSite;
import org.agendum.model.RenderedFile;
import org.agendum.render.feed.AtomFeed;
import org.agendum.render.feed.CalendarFeeds;
import org.agendum.render.feed.OpenData;
import org.agendum.render.feed.SiteMap;
import org.agendum.render.page.CommitteePages;
import org.agendum.render.page.DecisionPages;
import org.agendum.render.page.HomePage;
import org.agendum.render.page.MeetingPages;
import org.agendum.render.page.PaperPages;
import org.agendum.render.page.PlanPages;
import org.agendum.render.page.StandingPages;

/**
 * Renders the public website from a {@link PublishedSite}: every HTML page, the theme's
 * fingerprinted assets, the feeds, the calendars, the sitemap and the open data. Each page
 * type has its own small renderer that builds view records for its template. Output is
 * returned sorted by path, and two files claiming one path are an error, not an overwrite.
 */
public final class SiteRenderer {

    private final TemplateEngine engine;
    private final ThemeAssets assets;
    /** Long texts' digests from the last render, for a renderer used again ({@code serve --watch}). */
    private TextDigests texts = TextDigests.remembering();

    public SiteRenderer(Path themeDir) throws IOException {
        this.engine = new TemplateEngine(themeDir);
        this.assets = ThemeAssets.load(themeDir);
    }

    public List<RenderedFile> render(PublishedSite site, AgendaPacks packs) throws TemplateProblem {
        return render(site, packs, KeptFiles.NONE);
    }

    /**
     * Renders the site, keeping the live pages that {@code kept} vouches for instead of
     * rendering them again ({@link RenderedFile#kept}); the other outputs are always made.
     */
    public List<RenderedFile> render(PublishedSite site, AgendaPacks packs, KeptFiles kept) throws TemplateProblem {
        Pages pages = pages(site, packs, kept);
        List<RenderedFile> all = new ArrayList<>(pages.files());
        all.addAll(feeds(pages));
        all.sort(Comparator.comparing(RenderedFile::path));
        return all;
    }

    /**
     * The HTML pages and the theme's assets of a render, sorted by path, with what
     * {@link #feeds} makes the rest from. A page and a feed cannot claim one path: pages are
     * {@code …index.html} or {@code 404.html}, assets are under {@code assets/}, and feeds
     * are none of these ({@link #isFeed}).
     */
    public record Pages(List<RenderedFile> files, SiteIndex index, AgendaPacks packs, KeptFiles kept) {
        public Pages {
            files = List.copyOf(files);
        }
    }

    /**
     * The first half of {@link #render}: the pages a reader opens. {@code serve --watch}
     * publishes them, and reloads the clerk's pages, before it makes {@link #feeds}.
     */
    public Pages pages(PublishedSite site, AgendaPacks packs, KeptFiles kept) throws TemplateProblem {
        SiteIndex index = new SiteIndex(site);
        texts = texts.next(site);
        PageWriter pages = new PageWriter(engine, site.site(), assets, StandingPages.footerLinks(site), kept, texts);
        RenderContext ctx = new RenderContext(index, packs, pages);

        Map<String, RenderedFile> out = new TreeMap<>();
        add(out, assets.files(), "the theme's assets/");
        add(out, HomePage.render(ctx), "the home page");
        add(out, MeetingPages.render(ctx), "meeting pages");
        add(out, PaperPages.render(ctx), "paper and minutes pages");
        add(out, CommitteePages.render(ctx), "committee pages");
        add(out, DecisionPages.render(ctx), "decision pages");
        add(out, PlanPages.render(ctx), "plan pages");
        add(out, StandingPages.render(ctx), "standing pages");
        return new Pages(new ArrayList<>(out.values()), index, packs, kept);
    }

    /**
     * The second half of {@link #render}: the Atom feed, the calendars, the open data, the
     * sitemap of {@code pages} and robots.txt, sorted by path.
     */
    public List<RenderedFile> feeds(Pages pages) throws TemplateProblem {
        SiteIndex index = pages.index();
        Map<String, RenderedFile> out = new TreeMap<>();
        add(out, AtomFeed.render(index), "the Atom feed");
        add(out, CalendarFeeds.render(index, pages.kept()), "the calendars");
        add(out, OpenData.render(index, pages.packs()), "the open data");
        add(out, List.of(SiteMap.render(index.site().site(), pages.files()), SiteMap.robots(index.site().site())),
                "the sitemap and robots.txt");
        return new ArrayList<>(out.values());
    }

    /** Whether {@code path} is one of the outputs {@link #feeds} makes. */
    public static boolean isFeed(String path) {
        return path.endsWith(".ics") || path.equals(Urls.FEED) || path.equals(Urls.OPEN_DATA)
                || path.equals(Urls.SITEMAP) || path.equals(Urls.ROBOTS);
    }

    private static void add(Map<String, RenderedFile> out, List<RenderedFile> files, String what) throws TemplateProblem {
        for (RenderedFile f : files) {
            if (out.putIfAbsent(f.path(), f) != null) {
                throw new TemplateProblem(f.path(), what,
                        "two outputs claim " + f.path() + "; rename the page or file whose URL clashes", null);
            }
        }
    }
}
