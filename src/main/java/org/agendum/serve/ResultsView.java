package org.agendum.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.agendum.search.SearchResults;

/**
 * What {@code search-results.ftlh} shows when the server answers the search form itself
 * (no JavaScript). Links are ready-made query strings; the template escapes everything but
 * the snippet, which the search package made HTML-safe.
 */
public record ResultsView(String query, String error, long total, int page, int pages, int first,
        List<HitView> hits, List<FacetGroup> facets, String clearHref, String prevHref, String nextHref) {

    public record HitView(String path, String title, String meta, String snippet) {}

    public record FacetGroup(String label, List<FacetLink> values) {}

    public record FacetLink(String label, long count, String href) {}

    static ResultsView error(String query, String message) {
        return new ResultsView(query, message, 0, 1, 0, 1, List.of(), List.of(), null, null, null);
    }

    static ResultsView of(SearchParams p, SearchResults r) {
        List<HitView> hits = new ArrayList<>();
        for (SearchResults.Hit h : r.hits()) {
            List<String> meta = new ArrayList<>();
            meta.add(h.type());
            if (h.committeeName() != null) {
                meta.add(h.committeeName());
            }
            if (h.date() != null) {
                meta.add(h.date());
            }
            hits.add(new HitView(h.path(), h.title(), String.join(" · ", meta), h.snippet()));
        }
        List<FacetGroup> facets = List.of(
                group(p, "Committee", r.committees(), v -> Map.of("committee", v.value())),
                group(p, "Type", r.types(), v -> Map.of("type", v.value())),
                group(p, "Year", r.years(), v -> Map.of("from", v.value() + "-01-01", "to", v.value() + "-12-31")));
        boolean filtered = p.committee() != null || p.type() != null || p.from() != null || p.to() != null;
        String clear = filtered ? p.href(changes(Map.of(), "committee", "type", "from", "to", "page")) : null;
        int pages = r.pages();
        String prev = p.page() > 1 ? p.href(Map.of("page", String.valueOf(p.page() - 1))) : null;
        String next = p.page() < pages ? p.href(Map.of("page", String.valueOf(p.page() + 1))) : null;
        return new ResultsView(p.q(), null, r.total(), p.page(), pages, (p.page() - 1) * r.pageSize() + 1, hits,
                facets, clear, prev, next);
    }

    private static FacetGroup group(SearchParams p, String label, List<SearchResults.FacetValue> values,
            Function<SearchResults.FacetValue, Map<String, String>> change) {
        List<FacetLink> links = new ArrayList<>();
        for (SearchResults.FacetValue v : values) {
            links.add(new FacetLink(v.label(), v.count(), p.href(changes(change.apply(v), "page"))));
        }
        return new FacetGroup(label, links);
    }

    /** {@code set}, plus {@code removed} keys mapped to null (a HashMap: Map.of refuses nulls). */
    private static Map<String, String> changes(Map<String, String> set, String... removed) {
        Map<String, String> m = new HashMap<>();
        for (String k : removed) {
            m.put(k, null);
        }
        m.putAll(set);
        return m;
    }
}
