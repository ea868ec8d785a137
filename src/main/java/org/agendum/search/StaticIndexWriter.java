package org.agendum.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agendum.model.RenderedFile;
import org.apache.lucene.analysis.Analyzer;

/**
 * Writes the static index (see {@link StaticIndexFormat}) for sites served without
 * {@code agendum serve}. Terms are made by the same English analysis as the Lucene index,
 * so a word stems the same way in both; the output depends only on the documents.
 */
public final class StaticIndexWriter {

    public static final String DIR = "_search/static/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StaticIndexWriter() {}

    public static List<RenderedFile> write(List<SearchDoc> docs, String baseUrl) {
        List<SearchDoc> ordered = new ArrayList<>(docs);
        // (date, page, path): a page's sections are neighbours, so they share one fragment bundle
        ordered.sort(Comparator.comparing((SearchDoc d) -> d.date() == null ? Long.MIN_VALUE : d.date().toEpochDay())
                .thenComparing(d -> page(d.path()))
                .thenComparing(SearchDoc::path));
        Analyzer english = Analysis.english();
        Map<String, Postings> postings = new HashMap<>();
        List<Map<String, Integer>> titleTf = new ArrayList<>();
        List<Map<String, Integer>> bodyTf = new ArrayList<>();
        int[] titleLen = new int[ordered.size()];
        int[] bodyLen = new int[ordered.size()];
        long titleSum = 0;
        long bodySum = 0;
        for (int i = 0; i < ordered.size(); i++) {
            List<String> t = Analysis.terms(english, ordered.get(i).title());
            List<String> b = Analysis.terms(english, ordered.get(i).body());
            titleLen[i] = t.size();
            bodyLen[i] = b.size();
            titleSum += t.size();
            bodySum += b.size();
            titleTf.add(counts(t));
            bodyTf.add(counts(b));
        }
        double avgTitle = ordered.isEmpty() ? 1 : (double) titleSum / ordered.size();
        double avgBody = ordered.isEmpty() ? 1 : (double) bodySum / ordered.size();
        for (int i = 0; i < ordered.size(); i++) {
            Map<String, Integer> tt = titleTf.get(i);
            Map<String, Integer> bt = bodyTf.get(i);
            TreeMap<String, Boolean> terms = new TreeMap<>();
            tt.keySet().forEach(k -> terms.put(k, true));
            bt.keySet().forEach(k -> terms.put(k, true));
            for (String term : terms.keySet()) {
                double w = StaticIndexFormat.bm25(bt.getOrDefault(term, 0), bodyLen[i], avgBody)
                        + Fields.TITLE_BOOST * StaticIndexFormat.bm25(tt.getOrDefault(term, 0), titleLen[i], avgTitle);
                postings.computeIfAbsent(term, k -> new Postings()).add(i, StaticIndexFormat.impact(w));
            }
        }

        List<RenderedFile> files = new ArrayList<>();
        List<String> chunkStarts = chunks(postings, files);
        Map<String, String> committees = new TreeMap<>();
        ordered.stream().filter(d -> d.committee() != null).forEach(d -> committees.put(d.committee(), d.committeeName()));
        List<String> committeeSlugs = new ArrayList<>(committees.keySet());
        List<Integer> bundleSizes = bundleSizes(ordered);
        files.add(new RenderedFile(DIR + "docs.bin", docsTable(ordered, committeeSlugs, bundleSizes)));
        int first = 0;
        for (int b = 0; b < bundleSizes.size(); b++) {
            List<Map<String, Object>> bundle = new ArrayList<>();
            for (SearchDoc d : ordered.subList(first, first + bundleSizes.get(b))) {
                bundle.add(fragment(d));
            }
            files.add(new RenderedFile(DIR + "d/" + b + ".json", json(bundle)));
            first += bundleSizes.get(b);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", StaticIndexFormat.VERSION);
        meta.put("docs", ordered.size());
        meta.put("baseUrl", baseUrl == null ? "" : baseUrl);
        meta.put("types", Arrays.stream(DocType.values()).map(DocType::id).toList());
        meta.put("committees", committeeSlugs.stream().map(s -> List.of(s, committees.get(s))).toList());
        meta.put("chunks", chunkStarts);
        files.add(new RenderedFile(DIR + "meta.json", json(meta)));
        files.sort(Comparator.comparing(RenderedFile::path));
        return files;
    }

    /** The page a document is on: its path without the section anchor. */
    private static String page(String path) {
        int hash = path.indexOf('#');
        return hash < 0 ? path : path.substring(0, hash);
    }

    /**
     * One fragment file per page rather than per document: a page's sections are fetched
     * together (they are often shown together), and a site has a few files per page instead
     * of one per section, which is what publishing and uploading a site pay for.
     */
    private static List<Integer> bundleSizes(List<SearchDoc> ordered) {
        List<Integer> sizes = new ArrayList<>();
        int i = 0;
        while (i < ordered.size()) {
            String page = page(ordered.get(i).path());
            int j = i + 1;
            while (j < ordered.size() && page(ordered.get(j).path()).equals(page)) {
                j++;
            }
            sizes.add(j - i);
            i = j;
        }
        return sizes;
    }

    private static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> m = new HashMap<>();
        terms.forEach(t -> m.merge(t, 1, Integer::sum));
        return m;
    }

    private static List<String> chunks(Map<String, Postings> postings, List<RenderedFile> files) {
        List<String> terms = new ArrayList<>(postings.keySet());
        terms.sort(Comparator.naturalOrder());
        List<String> starts = new ArrayList<>();
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        for (String term : terms) {
            if (chunk.size() >= StaticIndexFormat.CHUNK_BYTES) {
                files.add(new RenderedFile(DIR + "t/" + (starts.size() - 1) + ".bin", chunk.toByteArray()));
                chunk = new ByteArrayOutputStream();
            }
            if (chunk.size() == 0) {
                starts.add(term);
            }
            byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
            StaticIndexFormat.varint(chunk, utf8.length);
            chunk.writeBytes(utf8);
            postings.get(term).writeTo(chunk);
        }
        if (chunk.size() > 0) {
            files.add(new RenderedFile(DIR + "t/" + (starts.size() - 1) + ".bin", chunk.toByteArray()));
        }
        return starts;
    }

    private static byte[] docsTable(List<SearchDoc> docs, List<String> committeeSlugs, List<Integer> bundleSizes) {
        ByteArrayOutputStream runs = new ByteArrayOutputStream();
        int runCount = 0;
        int i = 0;
        while (i < docs.size()) {
            int j = i;
            while (j < docs.size() && sameRun(docs.get(i), docs.get(j))) {
                j++;
            }
            SearchDoc d = docs.get(i);
            StaticIndexFormat.varint(runs, j - i);
            StaticIndexFormat.varint(runs, d.committee() == null ? 0 : committeeSlugs.indexOf(d.committee()) + 1);
            StaticIndexFormat.varint(runs, d.date() == null ? 0 : d.date().toEpochDay() + 1);
            runCount++;
            i = j;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(StaticIndexFormat.DOCS_MAGIC);
        StaticIndexFormat.varint(out, runCount);
        out.writeBytes(runs.toByteArray());
        for (int k = 0; k < docs.size(); k += 2) {
            int lo = docs.get(k).type().ordinal();
            int hi = k + 1 < docs.size() ? docs.get(k + 1).type().ordinal() : 0;
            out.write(lo | hi << 4);
        }
        StaticIndexFormat.varint(out, bundleSizes.size());
        bundleSizes.forEach(n -> StaticIndexFormat.varint(out, n));
        return out.toByteArray();
    }

    private static boolean sameRun(SearchDoc a, SearchDoc b) {
        return java.util.Objects.equals(a.committee(), b.committee()) && java.util.Objects.equals(a.date(), b.date());
    }

    private static Map<String, Object> fragment(SearchDoc d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p", d.path());
        m.put("t", d.title());
        m.put("y", d.type().id());
        m.put("c", d.committeeName());
        m.put("d", d.date() == null ? null : d.date().toString());
        String body = d.body().replaceAll("\\s+", " ").strip();
        m.put("x", body.length() <= StaticIndexFormat.EXCERPT_CHARS ? body
                : body.substring(0, body.offsetByCodePoints(0, Math.min(body.codePointCount(0, body.length()),
                        StaticIndexFormat.EXCERPT_CHARS))));
        return m;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }

    /** One term's documents (ascending) and impacts. */
    private static final class Postings {
        private int[] docs = new int[4];
        private byte[] impacts = new byte[4];
        private int size;

        void add(int doc, int impact) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                impacts = Arrays.copyOf(impacts, size * 2);
            }
            docs[size] = doc;
            impacts[size++] = (byte) impact;
        }

        void writeTo(ByteArrayOutputStream out) {
            StaticIndexFormat.varint(out, size);
            int prev = 0;
            for (int i = 0; i < size; i++) {
                StaticIndexFormat.varint(out, docs[i] - prev);
                prev = docs[i];
                out.write(impacts[i]);
            }
        }
    }
}
