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
        add(out, AtomFeed.render(index), "the Atom feed");
        add(out, CalendarFeeds.render(index, kept), "the calendars");
        add(out, OpenData.render(index, packs), "the open data");
        List<RenderedFile> sorted = new ArrayList<>(out.values());
        sorted.add(SiteMap.render(site.site(), sorted));
        sorted.add(SiteMap.robots(site.site()));
        sorted.sort(Comparator.comparing(RenderedFile::path));
        return sorted;
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
