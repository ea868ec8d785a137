package org.agendum.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the search page ({@code search/}, rendered from {@code search.ftlh} with the other
 * standing pages) and {@code agendum serve} share: the result types the form offers, the
 * marker where the server puts its own results, and the results template for a browser
 * without JavaScript.
 */
public final class SearchPage {

    /** Where the server puts its own results when it answers the form without JavaScript. */
    public static final String RESULTS_MARKER = "<!--agendum:search-results-->";
    public static final String PATH = "search/index.html";

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

    /** The results part alone, for the server to put where {@link #RESULTS_MARKER} is. */
    public byte[] renderResults(Object results, String root) throws TemplateProblem {
        return engine.render("search-results.ftlh", Map.of("search", results, "root", root), "search results");
    }
}
