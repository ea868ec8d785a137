package org.agendum.search;

import java.io.Closeable;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;

/**
 * One open, read-only view of the index and everything derived from it once (facet state,
 * committee labels). Thread-safe; shared by every request until the index changes.
 */
public final class IndexSnapshot implements Closeable {

    static final int MAX_PAGE_SIZE = 50;
    /** Deep paging costs memory per request; nobody reads past the 1,000th result. */
    static final int MAX_DEPTH = 1000;
    static final int SNIPPET_CHARS = 180;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final String baseUrl;
    private final Map<String, String> committeeNames;
    private final LuceneQueries queries = new LuceneQueries(Analysis.english(), Analysis.exact());
    private final UnifiedHighlighter highlighter;
    private final ResultsCache cache;

    private IndexSnapshot(DirectoryReader reader, int cacheSize) throws IOException {
        this.reader = reader;
        this.cache = new ResultsCache(cacheSize);
        this.searcher = new IndexSearcher(reader);
        Map<String, String> data = reader.getIndexCommit().getUserData();
        this.baseUrl = data.getOrDefault(LuceneIndexWriter.BASE_URL, "");
        this.committeeNames = parseNames(data.getOrDefault(LuceneIndexWriter.COMMITTEES, ""));
        this.facetState = reader.maxDoc() == 0 ? null
                : new DefaultSortedSetDocValuesReaderState(reader, LuceneIndexWriter.facetsConfig());
        this.highlighter = UnifiedHighlighter.builder(searcher, Analysis.english())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.UK), SNIPPET_CHARS, 0.3f))
                .withMaxLength(200_000)
                .build();
    }

    public static IndexSnapshot open(Directory dir) throws IOException {
        return open(dir, 0);
    }

    /** @param cacheSize how many recent results to keep (they live as long as this snapshot) */
    public static IndexSnapshot open(Directory dir, int cacheSize) throws IOException {
        return new IndexSnapshot(DirectoryReader.open(dir), cacheSize);
    }

    DirectoryReader reader() {
        return reader;
    }

    public int documents() {
        return reader.numDocs();
    }

    public SearchResults search(SearchRequest r) throws BadQueryException, IOException {
        SearchResults cached = cache.get(r);
        if (cached != null) {
            return cached;
        }
        SearchResults fresh = run(r);
        cache.put(r, fresh);
        return fresh;
    }

    private SearchResults run(SearchRequest r) throws BadQueryException, IOException {
        if (r.page() < 1 || r.pageSize() < 1 || r.pageSize() > MAX_PAGE_SIZE) {
            throw new BadQueryException("page must be 1 or more, with 1 to " + MAX_PAGE_SIZE + " results a page");
        }
        if ((long) r.page() * r.pageSize() > MAX_DEPTH) {
            throw new BadQueryException("only the first " + MAX_DEPTH + " results can be paged through; "
                    + "add words or filters to narrow the search");
        }
        if (r.committee() != null) {
            UserQueryParser.slug("committee", r.committee());
        }
        if (r.type() != null && DocType.byId(r.type()) == null) {
            throw new BadQueryException("unknown type '" + r.type() + "'; use one of " + UserQueryParser.typeNames());
        }
        UserQuery uq = UserQueryParser.parse(r.query());
        Query query = queries.find(uq, r);
        Sort sort = uq.hasText()
                ? new Sort(SortField.FIELD_SCORE, new SortField(Fields.PATH, SortField.Type.STRING))
                : new Sort(newestFirst(), new SortField(Fields.PATH, SortField.Type.STRING));
        int depth = r.page() * r.pageSize();
        FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, depth, sort,
                true, new FacetsCollectorManager());
        FacetsCollector fc = found.facetsCollector();
        long total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        ScoreDoc[] all = found.topDocs().scoreDocs;
        int start = Math.min(all.length, (r.page() - 1) * r.pageSize());
        ScoreDoc[] page = Arrays.copyOfRange(all, start, all.length);
        List<SearchResults.Hit> hits = hits(page, queries.highlight(uq), found.topDocs());
        List<SearchResults.FacetValue> committees = List.of();
        List<SearchResults.FacetValue> types = List.of();
        List<SearchResults.FacetValue> years = List.of();
        if (facetState != null && total > 0) {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, fc);
            committees = facet(counts, Fields.COMMITTEE);
            types = facet(counts, Fields.TYPE);
            years = facet(counts, Fields.YEAR);
        }
        return new SearchResults(r.query(), total, r.page(), r.pageSize(), hits, committees, types, years);
    }

    private static SortField newestFirst() {
        SortField f = new SortField(Fields.DAY, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return f;
    }

    private List<SearchResults.Hit> hits(ScoreDoc[] page, Query highlight, TopDocs all) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        String[] snippets = highlighter.highlight(Fields.BODY, highlight, new TopDocs(all.totalHits, page), 1);
        List<SearchResults.Hit> out = new ArrayList<>(page.length);
        var stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc, Set.of(Fields.PATH, Fields.TITLE, Fields.TYPE,
                    Fields.COMMITTEE, Fields.COMMITTEE_NAME, Fields.DATE));
            String path = d.get(Fields.PATH);
            String snippet = snippets[i] == null ? "" : snippets[i].replaceAll("\\s+", " ").strip();
            out.add(new SearchResults.Hit(baseUrl + path, path, d.get(Fields.TITLE), d.get(Fields.TYPE),
                    d.get(Fields.COMMITTEE), d.get(Fields.COMMITTEE_NAME), d.get(Fields.DATE), snippet));
        }
        return out;
    }

    private List<SearchResults.FacetValue> facet(SortedSetDocValuesFacetCounts counts, String dim)
            throws IOException {
        FacetResult fr;
        try {
            fr = counts.getTopChildren(200, dim);
        } catch (IllegalArgumentException noSuchDimension) {
            return List.of();
        }
        if (fr == null) {
            return List.of();
        }
        List<SearchResults.FacetValue> out = new ArrayList<>();
        for (LabelAndValue lv : fr.labelValues) {
            String label = switch (dim) {
                case Fields.COMMITTEE -> committeeNames.getOrDefault(lv.label, lv.label);
                default -> lv.label;
            };
            out.add(new SearchResults.FacetValue(lv.label, label, lv.value.longValue()));
        }
        // Years read best newest first; the others by count, then name (stable for tests).
        if (dim.equals(Fields.YEAR)) {
            out.sort((a, b) -> b.value().compareTo(a.value()));
        } else {
            out.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                    : a.label().compareTo(b.label()));
        }
        return out;
    }

    private static Map<String, String> parseNames(String lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
