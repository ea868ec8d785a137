package org.agendum.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agendum.testing.LuceneTerms;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Lucene index of the search fixture: what is found, what never is, and how filters narrow. */
class SearchIndexTest {

    private static SearchService search;

    @BeforeAll
    static void open() {
        search = new SearchService(SearchFixture.site());
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    private static SearchResults find(String q) throws Exception {
        return search.search(SearchRequest.of(q));
    }

    private static List<String> paths(SearchResults r) {
        return r.hits().stream().map(SearchResults.Hit::path).toList();
    }

    @Test
    void aWordOnlyInASuppliedPdfIsFound() throws Exception {
        SearchResults r = find(SearchFixture.PDF_ONLY_WORD);
        assertThat(paths(r)).containsExactly("meetings/2019/2019-05-10-other-committee/01-appendix-survey.pdf");
        SearchResults.Hit hit = r.hits().get(0);
        assertThat(hit.title()).isEqualTo("Appendix A – traffic survey");
        assertThat(hit.type()).isEqualTo("attachment");
        assertThat(hit.snippet()).contains("<mark>" + SearchFixture.PDF_ONLY_WORD + "</mark>");
        assertThat(hit.url()).isEqualTo("https://democracy.test.example/" + hit.path());
    }

    @Test
    void noCanaryIsEverFoundNorIndexedAsATerm() throws Exception {
        for (String canary : SearchFixture.CANARIES) {
            assertThat(find(canary).total()).as(canary).isZero();
            assertThat(find("\"" + canary + "\"").total()).as(canary).isZero();
            assertThat(find(canary.substring(0, 6) + "*").total()).as(canary).isZero();
        }
        // Not only unfindable: absent. Every term of every field is checked.
        List<String> leaked = new ArrayList<>();
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(SearchFixture.site().resolve(SearchService.LUCENE_DIR)))) {
            LuceneTerms.forEach(r, (field, term) -> {
                if (term.contains("canary")) {
                    leaked.add(field + ":" + term);
                }
            });
            for (LeafReaderContext leaf : r.leaves()) {
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    String stored = leaf.reader().storedFields().document(d).toString();
                    if (stored.contains("canary")) {
                        leaked.add("stored: " + stored);
                    }
                }
            }
        }
        assertThat(leaked).isEmpty();
    }

    @Test
    void exemptItemTitleIsShownButNotItsPapers() throws Exception {
        SearchResults r = find("depot");
        assertThat(paths(r)).containsExactlyInAnyOrder("meetings/2019/2019-05-10-other-committee/#item-3",
                "meetings/2019/2019-05-10-other-committee/");
    }

    @Test
    void wordsAllMustMatchAndAreStemmed() throws Exception {
        assertThat(paths(find("crossing"))).contains("meetings/2019/2019-05-10-other-committee/01-zebra/");
        assertThat(paths(find("zebra rates"))).isEmpty();
        assertThat(paths(find("zebra -pedestrian"))).doesNotContain("meetings/2019/2019-05-10-other-committee/01-zebra/");
    }

    @Test
    void titlesRankFirst() throws Exception {
        SearchResults r = find("zebra");
        assertThat(r.hits().get(0).title()).contains("Zebra");
    }

    @Test
    void decisionNumbersAreFoundAsTyped() throws Exception {
        SearchResults r = find("18/00004");
        assertThat(paths(r).get(0)).isEqualTo("decisions/18-00004/");
    }

    @Test
    void phrasesMatchExactly() throws Exception {
        assertThat(paths(find("\"three zebra crossings\""))).isNotEmpty();
        assertThat(paths(find("\"zebra three crossings\""))).isEmpty();
    }

    @Test
    void committeeTypeAndDateFiltersNarrowAndFacetsCountWhatMatched() throws Exception {
        SearchResults all = search.search(new SearchRequest("", null, null, LocalDate.of(2000, 1, 1), null, 1, 50));
        assertThat(all.total()).isGreaterThan(5);
        long sum = all.committees().stream().mapToLong(SearchResults.FacetValue::count).sum();
        assertThat(all.committees()).extracting(SearchResults.FacetValue::value)
                .containsExactlyInAnyOrder("test-committee", "other-committee");
        assertThat(all.committees()).extracting(SearchResults.FacetValue::label).contains("Other", "Test");

        SearchResults other = search.search(new SearchRequest("", "other-committee", null, null, null, 1, 50));
        long otherCount = all.committees().stream().filter(f -> f.value().equals("other-committee"))
                .findFirst().orElseThrow().count();
        assertThat(other.total()).isEqualTo(otherCount).isLessThan(sum);
        assertThat(other.hits()).allMatch(h -> "other-committee".equals(h.committee()));
        assertThat(other.committees()).extracting(SearchResults.FacetValue::value).containsExactly("other-committee");

        SearchResults typed = search.search(new SearchRequest("committee:other-committee type:item", null, null,
                null, null, 1, 50));
        assertThat(typed.hits()).isNotEmpty().allMatch(h -> h.type().equals("item"));

        SearchResults in2018 = search.search(new SearchRequest("year:2018", null, null, null, null, 1, 50));
        assertThat(in2018.hits()).isNotEmpty().allMatch(h -> h.date() != null && h.date().startsWith("2018-"));
        assertThat(in2018.years()).extracting(SearchResults.FacetValue::value).containsExactly("2018");

        SearchResults range = search.search(new SearchRequest("", null, null, LocalDate.of(2018, 3, 1),
                LocalDate.of(2018, 12, 31), 1, 50));
        assertThat(range.hits()).isNotEmpty().allMatch(h -> h.date().compareTo("2018-03-01") >= 0
                && h.date().compareTo("2018-12-31") <= 0);
        assertThat(range.total()).isLessThan(all.total());
    }

    @Test
    void emptyQueryWithoutFiltersFindsNothing() throws Exception {
        assertThat(find("").total()).isZero();
        assertThat(find("   ").total()).isZero();
    }

    @Test
    void pagesDoNotOverlap() throws Exception {
        SearchResults p1 = search.search(new SearchRequest("year:2018", null, null, null, null, 1, 3));
        SearchResults p2 = search.search(new SearchRequest("year:2018", null, null, null, null, 2, 3));
        assertThat(p1.total()).isEqualTo(p2.total()).isGreaterThan(3);
        assertThat(paths(p1)).doesNotContainAnyElementsOf(paths(p2));
    }

    @Test
    void aSectionHitLandsOnItsHeadingAnchor() throws Exception {
        SearchResults r = find("install high street");
        assertThat(paths(r)).isNotEmpty();
        // 01-zebra is short, so it is one document; sections are for long papers (see SectionsTest).
        assertThat(paths(r).get(0)).isEqualTo("meetings/2019/2019-05-10-other-committee/01-zebra/");
    }

    @Test
    void theWholeOutputCarriesNoCanary() throws IOException {
        Path site = SearchFixture.site();
        List<String> leaked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.toString().contains("/_search/lucene/")) {
                    continue; // compressed; checked term by term above
                }
                String s = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                if (s.contains("canary")) {
                    leaked.add(site.relativize(f).toString());
                }
            }
        }
        assertThat(leaked).isEmpty();
    }
}
