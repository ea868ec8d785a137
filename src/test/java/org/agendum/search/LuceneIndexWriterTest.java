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
}
