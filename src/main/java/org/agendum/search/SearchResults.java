package org.agendum.search;

import java.util.List;

/**
 * One page of results. {@code snippet} is HTML-safe: escaped text with the matched words
 * in {@code <mark>}. Facet counts are over every match, with all filters applied.
 */
public record SearchResults(String query, long total, int page, int pageSize, List<Hit> hits,
        List<FacetValue> committees, List<FacetValue> types, List<FacetValue> years) {

    public SearchResults {
        hits = List.copyOf(hits);
        committees = List.copyOf(committees);
        types = List.copyOf(types);
        years = List.copyOf(years);
    }

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize);
    }

    /** One result; {@code url} is the permanent absolute URL, {@code path} the site-relative one. */
    public record Hit(String url, String path, String title, String type, String committee, String committeeName,
            String date, String snippet) {}

    /** A facet value, its label for people, and how many matches have it. */
    public record FacetValue(String value, String label, long count) {}
}
