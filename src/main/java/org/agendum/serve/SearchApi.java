package org.agendum.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.search.BadQueryException;
import org.agendum.search.SearchResults;
import org.agendum.search.SearchService;

/**
 * {@code GET /api/search?q=&committee=&type=&from=&to=&page=} → JSON. A query we refuse is a
 * 400 with {@code {"error": …}}; a site without an index is a 503.
 */
final class SearchApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    void handle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        SearchResults r;
        try {
            SearchParams p = SearchParams.of(Http.params(ex));
            r = search.search(p.request());
        } catch (BadQueryException | IllegalArgumentException e) {
            json(ex, 400, Map.of("error", e.getMessage()));
            return;
        } catch (NoSuchFileException e) {
            json(ex, 503, Map.of("error", "the site has no search index yet; run agendum build"));
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", r.query());
        out.put("total", r.total());
        out.put("page", r.page());
        List<Map<String, Object>> results = new ArrayList<>();
        for (SearchResults.Hit h : r.hits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", h.url());
            m.put("path", h.path());
            m.put("title", h.title());
            m.put("type", h.type());
            m.put("committee", h.committee());
            m.put("committeeName", h.committeeName());
            m.put("date", h.date());
            m.put("snippet", h.snippet());
            results.add(m);
        }
        out.put("results", results);
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("committee", r.committees());
        facets.put("type", r.types());
        facets.put("year", r.years());
        out.put("facets", facets);
        json(ex, 200, out);
    }

    static void json(HttpExchange ex, int status, Object body) throws IOException {
        Http.send(ex, status, "application/json", JSON.writeValueAsBytes(body));
    }
}
