package org.agendum.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Documents are keyed by URL: a rebuild touches only what changed. */
class LuceneIndexWriterTest {

    private static SearchDoc doc(String path, String body) {
        return new SearchDoc(path, "Title " + path, body, DocType.REPORT, "c", "C", LocalDate.of(2018, 3, 8), null,
                false);
    }

    @Test
    void aSecondWriteAddsReplacesKeepsAndDeletesByUrl() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            LuceneIndexWriter.Stats first = LuceneIndexWriter.write(dir,
                    List.of(doc("a/", "alpha"), doc("b/", "bravo"), doc("c/", "charlie")), "https://x/");
            assertThat(first).isEqualTo(new LuceneIndexWriter.Stats(3, 0, 0, 0));

            LuceneIndexWriter.Stats second = LuceneIndexWriter.write(dir,
                    List.of(doc("a/", "alpha"), doc("b/", "bravo changed"), doc("d/", "delta")), "https://x/");
            assertThat(second).isEqualTo(new LuceneIndexWriter.Stats(1, 1, 1, 1));

            try (IndexSnapshot s = IndexSnapshot.open(dir)) {
                assertThat(s.documents()).isEqualTo(3);
                assertThat(s.search(SearchRequest.of("changed")).hits()).extracting(SearchResults.Hit::path)
                        .containsExactly("b/");
                assertThat(s.search(SearchRequest.of("charlie")).total()).isZero();
                assertThat(s.search(SearchRequest.of("delta")).hits().get(0).url()).isEqualTo("https://x/d/");
            }
        }
    }

    /** The digests a write hands on (to the static index) are those the index now holds, after an update too. */
    @Test
    void theDigestsAWriteGivesAreThoseInTheIndex() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            LuceneIndexWriter.written(dir, List.of(doc("a/", "alpha"), doc("b/", "bravo"), doc("c/", "charlie")), "");
            LuceneIndexWriter.Written second = LuceneIndexWriter.written(dir,
                    List.of(doc("a/", "alpha"), doc("b/", "bravo changed"), doc("d/", "delta")), "");
            assertThat(second.stats()).isEqualTo(new LuceneIndexWriter.Stats(1, 1, 1, 1));
            try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(dir)) {
                assertThat(second.digests()).isEqualTo(LuceneIndexWriter.digests(r)).containsOnlyKeys("a/", "b/", "d/");
            }
        }
    }

    /** A full build adds from two threads; what a search finds, in what order, must not show it. */
    @Test
    void twoThreadsIndexWhatOneThreadIndexes() throws Exception {
        List<SearchDoc> docs = new java.util.ArrayList<>();
        String[] words = {"school", "roads", "budget", "care", "foster", "library", "waste", "housing"};
        for (int i = 0; i < 400; i++) {
            docs.add(new SearchDoc("p/" + i + "/", "Paper " + words[i % 8] + " " + i,
                    words[i % 8] + " " + words[(i * 3) % 8] + " " + words[(i * 5) % 8] + " text " + i,
                    i % 3 == 0 ? DocType.MINUTES : DocType.REPORT, "c" + (i % 4), "C" + (i % 4),
                    LocalDate.of(2018, 1, 1).plusDays(i % 40), null, false));
        }
        try (ByteBuffersDirectory one = new ByteBuffersDirectory(); ByteBuffersDirectory two = new ByteBuffersDirectory()) {
            LuceneIndexWriter.write(one, docs, "", Integer.MAX_VALUE);
            LuceneIndexWriter.write(two, docs, "", 1);
            try (IndexSnapshot a = IndexSnapshot.open(one); IndexSnapshot b = IndexSnapshot.open(two)) {
                assertThat(b.documents()).isEqualTo(400);
                for (String q : List.of("school", "budget care", "\"foster library\"", "roads -waste", "paper", "text 17")) {
                    SearchResults ra = a.search(SearchRequest.of(q));
                    SearchResults rb = b.search(SearchRequest.of(q));
                    assertThat(rb.total()).as(q).isEqualTo(ra.total());
                    assertThat(rb.hits()).as(q).extracting(SearchResults.Hit::path)
                            .isEqualTo(ra.hits().stream().map(SearchResults.Hit::path).toList());
                    assertThat(rb.hits()).as(q).extracting(SearchResults.Hit::snippet)
                            .isEqualTo(ra.hits().stream().map(SearchResults.Hit::snippet).toList());
                }
            }
        }
    }

    /** An index an older Agendum wrote (another document layout) is rebuilt, never updated into a mix. */
    @Test
    void anIndexOfAnotherLayoutIsReplacedWhole() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                    new org.apache.lucene.index.IndexWriterConfig())) {
                org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
                old.add(new org.apache.lucene.document.StringField(Fields.PATH, "a/", org.apache.lucene.document.Field.Store.YES));
                old.add(new org.apache.lucene.document.StoredField(Fields.DIGEST, "an old stored digest"));
                w.addDocument(old);
                w.commit();
            }
            LuceneIndexWriter.Stats stats = LuceneIndexWriter.write(dir, List.of(doc("a/", "alpha"), doc("b/", "bravo")), "");
            assertThat(stats).isEqualTo(new LuceneIndexWriter.Stats(2, 0, 0, 0));
            assertThat(LuceneIndexWriter.write(dir, List.of(doc("a/", "alpha"), doc("b/", "bravo")), ""))
                    .isEqualTo(new LuceneIndexWriter.Stats(0, 0, 2, 0));
            try (IndexSnapshot s = IndexSnapshot.open(dir)) {
                assertThat(s.documents()).isEqualTo(2);
            }
        }
    }

    /**
     * The index files are in the site folder: after an update, nothing of a deleted document
     * or of a document's previous text may remain in them (Lucene keeps both in a segment
     * until it is merged).
     */
    @Test
    void anUpdateLeavesNoTraceOfDeletedDocumentsOrEditedOutText() throws Exception {
        updateLeavesNoTrace(8, org.apache.lucene.index.IndexWriterConfig.DISABLE_AUTO_FLUSH);
    }

    /**
     * The same with the index in many segments, each larger than merges may make (as a large
     * site's are): a segment holding a deleted document is still rewritten.
     */
    @Test
    void anUpdateOfAnIndexInManyOversizedSegmentsLeavesNoTraceEither() throws Exception {
        updateLeavesNoTrace(0.000_1, 7);
    }

    private static void updateLeavesNoTrace(double maxSegmentMb, int flushEveryDocs) throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            // enough unchanged documents that Lucene's own merging would not reclaim two deletions
            List<SearchDoc> unchanged = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                unchanged.add(doc("k" + i + "/", "alpha kept " + i));
            }
            List<SearchDoc> first = new java.util.ArrayList<>(unchanged);
            first.add(doc("b/", "bravo redactedsecret"));
            first.add(doc("c/", "charlie withdrawnsecret"));
            LuceneIndexWriter.write(dir, first, "", Integer.MAX_VALUE, maxSegmentMb, flushEveryDocs);
            try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(dir)) {
                assertThat(r.leaves().size()).as("segments").isGreaterThanOrEqualTo(flushEveryDocs > 0 ? 5 : 1);
            }
            List<SearchDoc> second = new java.util.ArrayList<>(unchanged);
            second.add(doc("b/", "bravo"));
            assertThat(LuceneIndexWriter.write(dir, second, "", Integer.MAX_VALUE, maxSegmentMb, flushEveryDocs))
                    .isEqualTo(new LuceneIndexWriter.Stats(0, 1, 60, 1));
            try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(dir)) {
                assertThat(r.maxDoc()).as("no deleted documents kept").isEqualTo(r.numDocs()).isEqualTo(61);
                java.util.Set<String> terms = new java.util.TreeSet<>();
                org.agendum.testing.LuceneTerms.forEach(r, (field, term) -> terms.add(term));
                assertThat(terms).contains("alpha", "bravo").noneMatch(x -> x.contains("secret") || x.startsWith("charli"));
            }
        }
    }
}
