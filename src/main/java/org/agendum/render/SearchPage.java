package org.agendum.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agendum.model.PublishedSite;
import org.agendum.model.RenderedFile;

/**
 * The search page ({@code search/}) and its script. The page is the same on static hosting
 * and behind {@code agendum serve}: a form that works without JavaScript when the server
 * answers it, and a results area the script (or the server) fills in.
 */
public final class SearchPage {

    /** Where the server puts its own results when it answers the form without JavaScript. */
    public static final String RESULTS_MARKER = "<!--agendum:search-results-->";
    public static final String PATH = "search/index.html";
    public static final String SCRIPT = "assets/search.js";

    /** The result types the form offers, with their labels. */
    public record TypeOption(String id, String label) {}

    public static final List<TypeOption> TYPES = List.of(
            new TypeOption("report", "Reports"), new TypeOption("appendix", "Appendices"),
            new TypeOption("minutes", "Minutes"), new TypeOption("decision", "Decisions"),
            new TypeOption("meeting", "Meetings"), new TypeOption("item", "Agenda items"),
            new TypeOption("attachment", "Supplied documents"), new TypeOption("plan", "Plans"),
            new TypeOption("notice", "Notices"), new TypeOption("page", "Pages"));

    private final TemplateEngine engine;

    public SearchPage(TemplateEngine engine) {
        this.engine = engine;
    }

    public SearchPage(Path themeDir) throws IOException {
        this(new TemplateEngine(themeDir));
    }

    public List<RenderedFile> render(PublishedSite site) throws TemplateProblem, IOException {
        byte[] page = engine.render("search.ftlh", Map.of(
                "site", site.site(),
                "root", SiteRenderer.relativeRoot(PATH),
                "committees", site.committees(),
                "types", TYPES), "templates/search.ftlh");
        Path script = engine.themeDir().resolve(SCRIPT);
        return List.of(new RenderedFile(PATH, page), new RenderedFile(SCRIPT, Files.readAllBytes(script)));
    }

    /** The results part alone, for the server to put where {@link #RESULTS_MARKER} is. */
    public byte[] renderResults(Object results, String root) throws TemplateProblem {
        return engine.render("search-results.ftlh", Map.of("search", results, "root", root), "search results");
    }
}
