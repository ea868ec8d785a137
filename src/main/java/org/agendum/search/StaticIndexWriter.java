package org.agendum.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.agendum.model.Digests;
import org.agendum.model.Excerpt;
import org.agendum.model.KeptFiles;
import org.agendum.model.RenderedFile;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Writes the static index (see {@link StaticIndexFormat}) for sites served without
 * {@code agendum serve}. Terms are made by the same English analysis as the Lucene index,
 * so a word stems the same way in both; the output depends only on the documents.
 */
public final class StaticIndexWriter {

    public static final String DIR = "_search/static/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StaticIndexWriter() {}

    /**
     * The static index of {@code docs}, whose terms are read from {@code index}: the Lucene
     * index just written from the same documents (English analysis in {@link Fields#TITLE}
     * and {@link Fields#BODY}), so no text is analysed twice. A field's length in a document
     * is the sum of its terms' frequencies there, which is exactly its number of tokens.
     */
    public static List<RenderedFile> write(List<SearchDoc> docs, IndexReader index, String baseUrl) throws IOException {
        return write(docs, index, baseUrl, KeptFiles.NONE);
    }

    /**
     * The same, keeping the live fragment files ({@code d/<n>.json}) that {@code kept} vouches
     * for: a fragment is made from its documents alone, so the digest of what it was made from
     * is that of their update digests in the Lucene index ({@link LuceneIndexWriter#digest},
     * every field of each). Cutting every document's excerpt again was most of the static
     * index's time when one paper of 5,000 changed.
     */
    public static List<RenderedFile> write(List<SearchDoc> docs, IndexReader index, String baseUrl, KeptFiles kept)
            throws IOException {
        return write(docs, index, baseUrl, kept, LuceneIndexWriter.digests(index));
    }

    /** As {@link #write(List, IndexReader, String, KeptFiles)}, given the documents' digests in {@code index}. */
    static List<RenderedFile> write(List<SearchDoc> docs, IndexReader index, String baseUrl, KeptFiles kept,
            Map<String, BytesRef> digests) throws IOException {
        List<SearchDoc> ordered = ordered(docs);
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            number.put(ordered.get(i).path(), i);
        }
        // the body's postings (most of the reading) on a second core, the rest meanwhile: by
        // now the HTML pages are rendered and that core is free
        CompletableFuture<FieldPostings> bodyPostings = CompletableFuture.supplyAsync(() -> {
            try {
                return FieldPostings.read(index, Fields.BODY, number, ordered.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        FieldPostings title = FieldPostings.read(index, Fields.TITLE, number, ordered.size());
        FieldPostings body;
        try {
            body = bodyPostings.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        Fragments fragments = (path, bundle) -> {
            MessageDigest md = Digests.md5();
            for (SearchDoc d : bundle) {
                BytesRef digest = digests.get(d.path());
                if (digest == null) {
                    return new RenderedFile(path, fragmentFile(bundle));
                }
                md.update(digest.bytes, digest.offset, digest.length);
            }
            String madeFrom = HexFormat.of().formatHex(md.digest());
            return kept.keeps(path, madeFrom) ? RenderedFile.kept(path, madeFrom)
                    : new RenderedFile(path, fragmentFile(bundle), madeFrom);
        };
        return write(ordered, title, body, baseUrl, fragments);
    }

    /** Makes (or keeps) the fragment file at {@code path} holding {@code bundle}. */
    @FunctionalInterface
    private interface Fragments {
        RenderedFile make(String path, List<SearchDoc> bundle);
    }

    /** The same index made by analysing the documents' text here: the reference the fast path is tested against. */
    static List<RenderedFile> writeByAnalysis(List<SearchDoc> docs, String baseUrl) {
        List<SearchDoc> ordered = ordered(docs);
        Analyzer english = Analysis.english();
        FieldPostings title = FieldPostings.analyse(ordered, SearchDoc::title, english);
        FieldPostings body = FieldPostings.analyse(ordered, SearchDoc::body, english);
        return write(ordered, title, body, baseUrl,
                (path, bundle) -> new RenderedFile(path, fragmentFile(bundle)));
    }

    private static List<SearchDoc> ordered(List<SearchDoc> docs) {
        List<SearchDoc> ordered = new ArrayList<>(docs);
        // (date, page, path): a page's sections are neighbours, so they mostly share a fragment bundle
        ordered.sort(Comparator.comparing((SearchDoc d) -> d.date() == null ? Long.MIN_VALUE : d.date().toEpochDay())
                .thenComparing(d -> page(d.path()))
                .thenComparing(SearchDoc::path));
        return ordered;
    }

    private static List<RenderedFile> write(List<SearchDoc> ordered, FieldPostings title, FieldPostings body, String baseUrl,
            Fragments fragments) {
        double avgTitle = title.averageLength();
        double avgBody = body.averageLength();
        // every term of either field, in order, each merged into one postings list as it is written
        String[] terms = Stream.concat(title.terms.keySet().stream(), body.terms.keySet().stream())
                .distinct().sorted().toArray(String[]::new);
        Function<String, TermDocs> impacts = term -> {
            TermDocs t = title.terms.getOrDefault(term, TermDocs.NONE);
            TermDocs b = body.terms.getOrDefault(term, TermDocs.NONE);
            TermDocs out = new TermDocs();
            int i = 0;
            int j = 0;
            while (i < t.size || j < b.size) {
                int doc = Math.min(i < t.size ? t.docs[i] : Integer.MAX_VALUE, j < b.size ? b.docs[j] : Integer.MAX_VALUE);
                int tt = i < t.size && t.docs[i] == doc ? t.values[i++] : 0;
                int bt = j < b.size && b.docs[j] == doc ? b.values[j++] : 0;
                double w = StaticIndexFormat.bm25(bt, body.lengths[doc], avgBody)
                        + Fields.TITLE_BOOST * StaticIndexFormat.bm25(tt, title.lengths[doc], avgTitle);
                out.add(doc, StaticIndexFormat.impact(w));
            }
            return out;
        };

        List<RenderedFile> files = new ArrayList<>();
        List<String> chunkStarts = chunks(terms, impacts, files);
        Map<String, String> committees = new TreeMap<>();
        ordered.stream().filter(d -> d.committee() != null).forEach(d -> committees.put(d.committee(), d.committeeName()));
        List<String> committeeSlugs = new ArrayList<>(committees.keySet());
        files.add(new RenderedFile(DIR + "docs.bin", docsTable(ordered, committeeSlugs)));
        for (int first = 0; first < ordered.size(); first += StaticIndexFormat.BUNDLE) {
            List<SearchDoc> bundle = ordered.subList(first, Math.min(ordered.size(), first + StaticIndexFormat.BUNDLE));
            files.add(fragments.make(DIR + "d/" + first / StaticIndexFormat.BUNDLE + ".json", bundle));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", StaticIndexFormat.VERSION);
        meta.put("docs", ordered.size());
        meta.put("baseUrl", baseUrl == null ? "" : baseUrl);
        meta.put("types", Arrays.stream(DocType.values()).map(DocType::id).toList());
        meta.put("committees", committeeSlugs.stream().map(s -> List.of(s, committees.get(s))).toList());
        meta.put("chunks", chunkStarts);
        meta.put("bundle", StaticIndexFormat.BUNDLE);
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
     * Writes the terms ({@code terms}, in order) with their documents' impacts into chunk
     * files; returns each chunk's first term.
     */
    private static List<String> chunks(String[] terms, Function<String, TermDocs> impacts, List<RenderedFile> files) {
        List<String> starts = new ArrayList<>();
        ByteSink chunk = new ByteSink();
        for (String term : terms) {
            if (chunk.size() >= StaticIndexFormat.CHUNK_BYTES) {
                files.add(new RenderedFile(DIR + "t/" + (starts.size() - 1) + ".bin", chunk.toByteArray()));
                chunk = new ByteSink();
            }
            if (chunk.size() == 0) {
                starts.add(term);
            }
            byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
            chunk.varint(utf8.length);
            chunk.write(utf8);
            impacts.apply(term).writeImpacts(chunk);
        }
        if (chunk.size() > 0) {
            files.add(new RenderedFile(DIR + "t/" + (starts.size() - 1) + ".bin", chunk.toByteArray()));
        }
        return starts;
    }

    private static byte[] docsTable(List<SearchDoc> docs, List<String> committeeSlugs) {
        ByteSink runs = new ByteSink();
        int runCount = 0;
        int i = 0;
        while (i < docs.size()) {
            int j = i;
            while (j < docs.size() && sameRun(docs.get(i), docs.get(j))) {
                j++;
            }
            SearchDoc d = docs.get(i);
            runs.varint(j - i);
            runs.varint(d.committee() == null ? 0 : committeeSlugs.indexOf(d.committee()) + 1);
            runs.varint(d.date() == null ? 0 : d.date().toEpochDay() + 1);
            runCount++;
            i = j;
        }
        ByteSink out = new ByteSink();
        out.write(StaticIndexFormat.DOCS_MAGIC);
        out.varint(runCount);
        out.write(runs.toByteArray());
        for (int k = 0; k < docs.size(); k += 2) {
            int lo = docs.get(k).type().ordinal();
            int hi = k + 1 < docs.size() ? docs.get(k + 1).type().ordinal() : 0;
            out.write(lo | hi << 4);
        }
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
        m.put("x", Excerpt.of(d.body(), StaticIndexFormat.EXCERPT_CHARS));
        return m;
    }

    private static byte[] fragmentFile(List<SearchDoc> bundle) {
        return json(bundle.stream().map(StaticIndexWriter::fragment).toList());
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }

    /** One field's terms, each with its documents (ascending) and frequencies, and the field's length per document. */
    private record FieldPostings(Map<String, TermDocs> terms, int[] lengths) {

        double averageLength() {
            long sum = 0;
            for (int n : lengths) {
                sum += n;
            }
            return lengths.length == 0 ? 1 : (double) sum / lengths.length;
        }

        static FieldPostings read(IndexReader index, String field, Map<String, Integer> number, int size) throws IOException {
            Map<String, TermDocs> terms = new HashMap<>();
            int[] lengths = new int[size];
            for (LeafReaderContext leaf : index.leaves()) {
                int[] ours = ourNumbers(leaf.reader(), number);
                Terms fieldTerms = leaf.reader().terms(field);
                if (fieldTerms == null) {
                    continue;
                }
                TermsEnum te = fieldTerms.iterator();
                PostingsEnum pe = null;
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    TermDocs td = terms.computeIfAbsent(term.utf8ToString(), k -> new TermDocs());
                    pe = te.postings(pe, PostingsEnum.FREQS);
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if (ours[d] >= 0) {
                            td.add(ours[d], pe.freq());
                            lengths[ours[d]] += pe.freq();
                        }
                    }
                }
            }
            // segments number documents in their own order: put each term's in ours
            terms.values().forEach(TermDocs::sort);
            terms.values().removeIf(td -> td.size == 0);
            return new FieldPostings(terms, lengths);
        }

        /** For each Lucene document of the segment, our number, or -1 if it is deleted or not one of ours. */
        private static int[] ourNumbers(LeafReader reader, Map<String, Integer> number) throws IOException {
            int[] ours = new int[reader.maxDoc()];
            java.util.Arrays.fill(ours, -1);
            Bits live = reader.getLiveDocs();
            SortedDocValues paths = DocValues.getSorted(reader, Fields.PATH);
            for (int d = paths.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = paths.nextDoc()) {
                if (live == null || live.get(d)) {
                    Integer n = number.get(paths.lookupOrd(paths.ordValue()).utf8ToString());
                    ours[d] = n == null ? -1 : n;
                }
            }
            return ours;
        }

        static FieldPostings analyse(List<SearchDoc> ordered, Function<SearchDoc, String> text, Analyzer analyzer) {
            Map<String, TermDocs> terms = new HashMap<>();
            int[] lengths = new int[ordered.size()];
            for (int i = 0; i < ordered.size(); i++) {
                List<String> tokens = Analysis.terms(analyzer, text.apply(ordered.get(i)));
                lengths[i] = tokens.size();
                Map<String, Integer> tf = new TreeMap<>();
                tokens.forEach(t -> tf.merge(t, 1, Integer::sum));
                int doc = i;
                tf.forEach((term, f) -> terms.computeIfAbsent(term, k -> new TermDocs()).add(doc, f));
            }
            return new FieldPostings(terms, lengths);
        }
    }

    /**
     * One term's documents, each with one number: its frequency in a field as read, or its
     * impact (1..255) once the fields are merged for writing.
     */
    private static final class TermDocs {
        static final TermDocs NONE = new TermDocs();
        private int[] docs = new int[2];
        private int[] values = new int[2];
        private int size;

        void add(int doc, int value) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            docs[size] = doc;
            values[size++] = value;
        }

        /** Puts the documents in ascending order (segments number them in their own order); usually they already are. */
        void sort() {
            boolean ascending = true;
            for (int i = 1; i < size && ascending; i++) {
                ascending = docs[i - 1] < docs[i];
            }
            if (ascending) {
                return;
            }
            long[] packed = new long[size];
            for (int i = 0; i < size; i++) {
                packed[i] = (long) docs[i] << 32 | values[i];
            }
            Arrays.sort(packed);
            for (int i = 0; i < size; i++) {
                docs[i] = (int) (packed[i] >>> 32);
                values[i] = (int) packed[i];
            }
        }

        /** The postings of a term chunk ({@link StaticIndexFormat}): count, then (doc delta, impact byte) per document. */
        void writeImpacts(ByteSink out) {
            out.varint(size);
            int prev = 0;
            for (int i = 0; i < size; i++) {
                out.varint(docs[i] - prev);
                prev = docs[i];
                out.write(values[i]);
            }
        }
    }
}
