package org.agendum.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.RenderedFile;
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

    @Test
    void sameDocumentsGiveTheSameBytes() {
        List<RenderedFile> a = StaticIndexWriter.write(docs(), "https://x.example/");
        List<RenderedFile> b = StaticIndexWriter.write(docs(), "https://x.example/");
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).path()).isEqualTo(b.get(i).path());
            assertThat(a.get(i).bytes()).isEqualTo(b.get(i).bytes());
        }
    }

    @Test
    void everyTermIsInTheChunkMetaPointsToAndPostingsAreWhole() throws Exception {
        List<RenderedFile> files = StaticIndexWriter.write(docs(), "");
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
        assertThat(byPath).containsKey(StaticIndexWriter.DIR + "d/299.json").doesNotContainKey(StaticIndexWriter.DIR + "d/300.json");
    }

    @Test
    void aPagesSectionsShareOneFragmentBundleThatDocsBinPointsTo() throws Exception {
        List<SearchDoc> docs = new ArrayList<>();
        LocalDate day = LocalDate.of(2018, 3, 8);
        for (String path : List.of("m/b/#s2", "m/a/", "m/b/", "m/a/#s1", "m/b/#s1", "m/c/")) {
            docs.add(new SearchDoc(path, "Title " + path, "Body " + path, DocType.REPORT, "c", "C", day, null, false));
        }
        Map<String, byte[]> byPath = new LinkedHashMap<>();
        StaticIndexWriter.write(docs, "").forEach(f -> byPath.put(f.path(), f.bytes()));
        ObjectMapper json = new ObjectMapper();
        List<List<String>> bundles = new ArrayList<>();
        for (int b = 0; byPath.containsKey(StaticIndexWriter.DIR + "d/" + b + ".json"); b++) {
            List<String> paths = new ArrayList<>();
            json.readTree(byPath.get(StaticIndexWriter.DIR + "d/" + b + ".json")).forEach(f -> paths.add(f.get("p").asText()));
            bundles.add(paths);
        }
        assertThat(bundles).containsExactly(List.of("m/a/", "m/a/#s1"), List.of("m/b/", "m/b/#s1", "m/b/#s2"), List.of("m/c/"));

        // docs.bin ends with the bundle sizes, after one run and the type nibbles
        byte[] table = byPath.get(StaticIndexWriter.DIR + "docs.bin");
        assertThat(new String(table, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("AGD2");
        int[] at = {4};
        int runs = varint(table, at);
        for (int r = 0; r < runs * 3; r++) {
            varint(table, at);
        }
        at[0] += (docs.size() + 1) / 2;
        int count = varint(table, at);
        List<Integer> sizes = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            sizes.add(varint(table, at));
        }
        assertThat(sizes).containsExactly(2, 3, 1);
        assertThat(at[0]).isEqualTo(table.length);
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
