package org.agendum.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person typed, taken apart: ranked parts that must match, parts that must not, and
 * filters. Plain data; {@link LuceneQueries} turns it into Lucene queries.
 */
record UserQuery(List<Part> must, List<Part> mustNot, String committee, String type, LocalDate from,
        LocalDate to) {

    UserQuery {
        must = List.copyOf(must);
        mustNot = List.copyOf(mustNot);
    }

    boolean hasText() {
        return !must.isEmpty();
    }

    boolean hasFilters() {
        return committee != null || type != null || from != null || to != null;
    }

    /** One searchable part. */
    sealed interface Part {}

    /** A single word, ranked with stemming ("charges" finds "charge"). */
    record Word(String text) implements Part {}

    /** A "quoted phrase", matched exactly (lower case, no stemming). */
    record Phrase(String text) implements Part {}

    /** A decision number such as 18/00004, found as typed. */
    record DecisionNumber(String number) implements Part {}

    /** A word ending in {@code *}: any word starting with {@code prefix}. */
    record Prefix(String prefix) implements Part {}
}
