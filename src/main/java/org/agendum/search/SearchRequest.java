package org.agendum.search;

import java.time.LocalDate;

/**
 * A search as the CLI, the API and the search page ask for it. Filters given here and
 * filters typed into {@code query} ({@code committee:…}) both apply.
 *
 * @param query     what was typed; may be empty when filters are given
 * @param committee committee slug, or null
 * @param type      a {@link DocType} id, or null
 * @param from      first date included, or null
 * @param to        last date included, or null
 * @param page      1-based page of results
 * @param pageSize  results per page
 */
public record SearchRequest(String query, String committee, String type, LocalDate from, LocalDate to, int page,
        int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 10;

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, 1, DEFAULT_PAGE_SIZE);
    }
}
