package org.agendum.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.agendum.render.SearchPage;
import org.agendum.render.TemplateProblem;
import org.agendum.search.BadQueryException;
import org.agendum.search.SearchService;

/**
 * The search page answered by the server when the form arrives with a query, so search
 * works without JavaScript: the built page with {@code search-results.ftlh} put where its
 * results marker is.
 */
final class SearchHtml {

    private final Path page;
    private final SearchPage templates;
    private final SearchService search;

    SearchHtml(Path siteRoot, SearchPage templates, SearchService search) {
        this.page = siteRoot.resolve(SearchPage.PATH);
        this.templates = templates;
        this.search = search;
    }

    /** True when it answered; false leaves the request to the static files. */
    boolean handle(HttpExchange ex) throws IOException {
        if (templates == null || !Files.isRegularFile(page)) {
            return false;
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        if (!html.contains(SearchPage.RESULTS_MARKER)) {
            return false;
        }
        SearchParams p;
        ResultsView view;
        int status = 200;
        try {
            p = SearchParams.of(Http.params(ex));
            if (!p.any()) {
                return false;
            }
            view = ResultsView.of(p, search.search(p.request()));
        } catch (BadQueryException | IllegalArgumentException e) {
            view = ResultsView.error("", e.getMessage());
            status = 400;
        } catch (NoSuchFileException e) {
            view = ResultsView.error("", "Search is not available: the site has no search index yet.");
            status = 503;
        }
        String results;
        try {
            results = new String(templates.renderResults(view, "../"), StandardCharsets.UTF_8);
        } catch (TemplateProblem e) {
            return false; // a broken theme template: the page and its script still work
        }
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        Http.document(ex);
        Http.send(ex, status, "text/html; charset=utf-8",
                html.replace(SearchPage.RESULTS_MARKER, results).getBytes(StandardCharsets.UTF_8));
        return true;
    }
}
