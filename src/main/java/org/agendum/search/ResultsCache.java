package org.agendum.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent results by request, least recently used first out. It belongs to one index
 * snapshot, so a rebuilt index starts with an empty cache and never serves stale results.
 * Results are immutable records, safe to share between requests.
 */
final class ResultsCache {

    private final int capacity;
    private final Map<SearchRequest, SearchResults> entries;

    ResultsCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResults> eldest) {
                return size() > ResultsCache.this.capacity;
            }
        };
    }

    SearchResults get(SearchRequest r) {
        if (capacity == 0) {
            return null;
        }
        synchronized (entries) {
            return entries.get(r);
        }
    }

    void put(SearchRequest r, SearchResults results) {
        if (capacity == 0) {
            return;
        }
        synchronized (entries) {
            entries.put(r, results);
        }
    }
}
