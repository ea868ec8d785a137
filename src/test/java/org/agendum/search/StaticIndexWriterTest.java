package org.agendum.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.KeptFiles;
import org.agendum.model.RenderedFile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The static index: readable back into the same postings, in order, and the same bytes every time. */
class StaticIndexWriterTest {

    private static List<SearchDoc> docs() {
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(new SearchDoc("p/" + i + "/", "Paper " + i + (i % 7 == 0 ? " about foster care" : ""),
                    "Body of paper " + i + " word" + (i % 50) + " shared text " + (i % 3 == 0 ? "schools" : "roads"),
                    i % 2 == 0 ? DocType.REPORT : DocType.MINUTES, i % 5 == 0 ? null : "c" + (i % 3), "Committee " + (i % 3),
                    i % 11 == 0 ? null : LocalDate.of(2018, 1, 1).plusDays(i / 4), null, false));
        }
        return docs;
    }

    /** The build's way: write the Lucene index, then the static one from its postings. */
    private static List<RenderedFile> write(List<SearchDoc> docs, String baseUrl) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            LuceneIndexWriter.write(dir, docs, baseUrl);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return StaticIndexWriter.write(docs, reader, baseUrl);
            }
        }
    }

    /**
     * Reading terms from the Lucene index gives the very bytes of analysing the text again,
     * for arbitrary documents, including an index updated in place (several segments,
     * deleted documents) as incremental builds leave it.
     */
    @Property(tries = 30)
    void termsReadFromTheIndexGiveTheSameBytesAsAnalysingTheText(
            @ForAll @Size(min = 0, max = 40) List<@From("words") String> bodies,
            @ForAll @IntRange(min = 0, max = 5) int edits) throws IOException {
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            // paths are unique, as the search documents' are; sections of a few pages
            docs.add(doc(i % 3 == 0 ? "p/" + i + "/" : "p/" + (i % 7) + "/#s" + i, "Title " + bodies.get((i + 1) % bodies.size()), bodies.get(i), i));
        }
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            LuceneIndexWriter.write(dir, docs, "");
            // an update: some documents change, some go, one arrives
            List<SearchDoc> next = new ArrayList<>(docs.subList(Math.min(edits, docs.size()), docs.size()));
            for (int e = 0; e < Math.min(edits, next.size()); e++) {
                SearchDoc d = next.get(e);
                next.set(e, doc(d.path(), d.title(), d.body() + " amended text " + e, e));
            }
            next.add(doc("new/", "A new paper", "Schools and roads " + edits, 99));
            LuceneIndexWriter.write(dir, next, "");
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                List<RenderedFile> fast = StaticIndexWriter.write(next, reader, "");
                List<RenderedFile> slow = StaticIndexWriter.writeByAnalysis(next, "");
                assertThat(fast).extracting(RenderedFile::path).isEqualTo(slow.stream().map(RenderedFile::path).toList());
                for (int i = 0; i < fast.size(); i++) {
                    assertThat(fast.get(i).bytes()).as(fast.get(i).path()).isEqualTo(slow.get(i).bytes());
                }
            }
        }
    }

    /**
     * A fragment is kept exactly when its documents are the ones it was made from: after one
     * document's body changes, only the fragment holding it is made again, and a fragment made
     * again has the bytes a full write gives.
     */
    @Test
    void onlyTheFragmentOfAChangedDocumentIsMadeAgain() throws IOException {
        List<SearchDoc> docs = docs();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            LuceneIndexWriter.write(dir, docs, "");
            Map<String, String> madeFrom = new LinkedHashMap<>();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (RenderedFile f : StaticIndexWriter.write(docs, reader, "", KeptFiles.NONE)) {
                    assertThat(f.isKept()).isFalse();
                    if (f.madeFrom() != null) {
                        madeFrom.put(f.path(), f.madeFrom());
                    }
                }
            }
            assertThat(madeFrom).hasSize(100).allSatisfy((path, digest) -> assertThat(path).startsWith("_search/static/d/"));

            List<SearchDoc> next = new ArrayList<>(docs);
            SearchDoc d = next.get(123);
            next.set(123, new SearchDoc(d.path(), d.title(), d.body() + " amended", d.type(), d.committee(),
                    d.committeeName(), d.date(), d.decision(), d.keyDecision()));
            LuceneIndexWriter.write(dir, next, "");
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                KeptFiles kept = (path, digest) -> digest.equals(madeFrom.get(path));
                List<RenderedFile> files = StaticIndexWriter.write(next, reader, "", kept);
                List<RenderedFile> made = files.stream().filter(f -> f.path().contains("/d/") && !f.isKept()).toList();
                assertThat(made).hasSize(1);
                assertThat(new String(made.get(0).bytes(), StandardCharsets.UTF_8)).contains("p/123/");
                RenderedFile full = StaticIndexWriter.write(next, reader, "").stream()
                        .filter(f -> f.path().equals(made.get(0).path())).findFirst().orElseThrow();
                assertThat(made.get(0).bytes()).isEqualTo(full.bytes());
                assertThat(files).filteredOn(f -> !f.path().contains("/d/")).allSatisfy(f -> assertThat(f.isKept()).isFalse());
            }
        }
    }

    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> word = Arbitraries.of("school", "schools", "roads", "the", "café", "budget", "Budget's",
                "£1,200", "2018", "care", "foster", "naïve", "ward-level", "O'Brien", "x", "");
        return word.list().ofMinSize(0).ofMaxSize(30).map(w -> String.join(" ", w));
    }

    private static SearchDoc doc(String path, String title, String body, int i) {
        return new SearchDoc(path, title, body, i % 2 == 0 ? DocType.REPORT : DocType.MINUTES, i % 4 == 0 ? null : "c" + (i % 3),
                "Committee " + (i % 3), i % 5 == 0 ? null : LocalDate.of(2018, 1, 1).plusDays(i % 9), null, false);
    }

    @Test
    void sameDocumentsGiveTheSameBytes() throws IOException {
        List<RenderedFile> a = write(docs(), "https://x.example/");
        List<RenderedFile> b = write(docs(), "https://x.example/");
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).path()).isEqualTo(b.get(i).path());
            assertThat(a.get(i).bytes()).isEqualTo(b.get(i).bytes());
        }
    }

    @Test
    void everyTermIsInTheChunkMetaPointsToAndPostingsAreWhole() throws Exception {
        List<RenderedFile> files = write(docs(), "");
        Map<String, byte[]> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.path(), f.bytes()));
        JsonNode meta = new ObjectMapper().readTree(byPath.get(StaticIndexWriter.DIR + "meta.json"));
        assertThat(meta.get("docs").asInt()).isEqualTo(300);
        List<String> starts = new ArrayList<>();
        meta.get("chunks").forEach(n -> starts.add(n.asText()));
        assertThat(starts).isSorted().hasSizeGreaterThan(1);
        Map<String, Integer> df = new LinkedHashMap<>();
        for (int c = 0; c < starts.size(); c++) {
            byte[] chunk = byPath.get(StaticIndexWriter.DIR + "t/" + c + ".bin");
            int[] at = {0};
            boolean first = true;
            while (at[0] < chunk.length) {
                int len = varint(chunk, at);
                String term = new String(chunk, at[0], len, StandardCharsets.UTF_8);
                at[0] += len;
                if (first) {
                    assertThat(term).isEqualTo(starts.get(c));
                    first = false;
                }
                int n = varint(chunk, at);
                int doc = 0;
                for (int k = 0; k < n; k++) {
                    doc += varint(chunk, at);
                    int impact = chunk[at[0]++] & 0xFF;
                    assertThat(doc).isBetween(0, 299);
                    assertThat(impact).isBetween(1, 255);
                }
                df.put(term, n);
            }
        }
        assertThat(df).containsEntry("foster", 43).containsEntry("paper", 300).containsEntry("school", 100);
        assertThat(df.keySet()).doesNotContain("the", "of", "and");
        assertThat(byPath).containsKey(StaticIndexWriter.DIR + "d/99.json").doesNotContainKey(StaticIndexWriter.DIR + "d/100.json");
    }

    @Test
    void fragmentsComeInBundlesOfNeighboursWithAPagesSectionsTogether() throws Exception {
        List<SearchDoc> docs = new ArrayList<>();
        LocalDate day = LocalDate.of(2018, 3, 8);
        for (String path : List.of("m/b/#s2", "m/a/", "m/b/", "m/a/#s1", "m/b/#s1", "m/c/")) {
            docs.add(new SearchDoc(path, "Title " + path, "Body " + path, DocType.REPORT, "c", "C", day, null, false));
        }
        Map<String, byte[]> byPath = new LinkedHashMap<>();
        write(docs, "").forEach(f -> byPath.put(f.path(), f.bytes()));
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(byPath.get(StaticIndexWriter.DIR + "meta.json")).get("bundle").asInt())
                .isEqualTo(StaticIndexFormat.BUNDLE).isEqualTo(3);
        List<List<String>> bundles = new ArrayList<>();
        for (int b = 0; byPath.containsKey(StaticIndexWriter.DIR + "d/" + b + ".json"); b++) {
            List<String> paths = new ArrayList<>();
            json.readTree(byPath.get(StaticIndexWriter.DIR + "d/" + b + ".json")).forEach(f -> paths.add(f.get("p").asText()));
            bundles.add(paths);
        }
        assertThat(bundles).containsExactly(List.of("m/a/", "m/a/#s1", "m/b/"), List.of("m/b/#s1", "m/b/#s2", "m/c/"));
    }

    private static int varint(byte[] b, int[] at) {
        int v = 0;
        int shift = 0;
        int c;
        do {
            c = b[at[0]++] & 0xFF;
            v |= (c & 0x7F) << shift;
            shift += 7;
        } while ((c & 0x80) != 0);
        return v;
    }
}
