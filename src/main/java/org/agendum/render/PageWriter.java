package org.agendum.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.KeptFiles;
import org.agendum.model.RenderedFile;
import org.agendum.model.SiteInfo;

/**
 * Renders one HTML page at its permanent URL with the values every page gets: {@code site}
 * (the publisher), {@code root} (the relative way back to the site root, so links work from
 * any folder), {@code assets} (fingerprinted theme files), {@code pageInfo} (a {@link PageMeta})
 * and {@code footerLinks} (the standing pages). A page whose {@link ViewDigest} is the one
 * its live file was rendered from is not rendered again ({@link KeptFiles}).
 */
public final class PageWriter {

    private final TemplateEngine engine;
    private final SiteInfo site;
    private final Map<String, String> assets;
    private final List<Link> footerLinks;
    private final KeptFiles kept;
    private final TextDigests texts;

    public PageWriter(TemplateEngine engine, SiteInfo site, ThemeAssets assets, List<Link> footerLinks, KeptFiles kept,
            TextDigests texts) {
        this.engine = engine;
        this.site = site;
        this.assets = assets.urls();
        this.footerLinks = List.copyOf(footerLinks);
        this.kept = kept;
        this.texts = texts;
    }

    public SiteInfo site() {
        return site;
    }

    /**
     * Renders {@code template} to {@code <url>index.html}. {@code source} names the content
     * file the page comes from, for template error messages.
     */
    public RenderedFile page(String url, String template, String title, String section, List<Link> breadcrumbs,
            String description, Map<String, Object> values, String source) throws TemplateProblem {
        String path = Urls.file(url);
        PageMeta meta = new PageMeta(title, section, breadcrumbs, Urls.absolute(site.baseUrl(), url), description);
        return render(path, relativeRoot(path), template, meta, values, source);
    }

    /**
     * Renders a file that a server shows at any URL (the 404 page), so relative links cannot
     * work: {@code root} is the site's absolute base URL. (A {@code <base>} element would
     * also send the skip link's {@code #main} to the home page.)
     */
    public RenderedFile anyUrlPage(String path, String template, String title,
            Map<String, Object> values, String source) throws TemplateProblem {
        PageMeta meta = new PageMeta(title, "", List.of(), null, null);
        return render(path, site.baseUrl(), template, meta, values, source);
    }

    private RenderedFile render(String path, String root, String template, PageMeta meta,
            Map<String, Object> values, String source) throws TemplateProblem {
        Map<String, Object> model = new HashMap<>(values);
        model.put("site", site);
        model.put("root", root);
        model.put("assets", assets);
        model.put("pageInfo", meta);
        model.put("footerLinks", footerLinks);
        String digest = ViewDigest.of(template, model, texts).orElse(null);
        if (digest != null && kept.keeps(path, digest)) {
            return RenderedFile.kept(path, digest);
        }
        return new RenderedFile(path, engine.render(template, model, source), digest);
    }

    /** "../../" back to the site root from a file at {@code path}. */
    public static String relativeRoot(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
