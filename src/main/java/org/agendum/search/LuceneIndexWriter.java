package org.agendum.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.agendum.model.Digests;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Writes search documents into a Lucene index, keyed by path: a document whose digest is
 * unchanged is left alone, a changed one is replaced, a vanished one deleted. A fresh index
 * is merged to one segment (fastest to search); an updated one is left to the merge policy.
 */
public final class LuceneIndexWriter {

    /** Commit data key: the site's base URL, so the CLI can print permanent links. */
    public static final String BASE_URL = "base_url";
    /** Commit data key: the layout of our documents; an index of another layout is rebuilt, not updated. */
    static final String FORMAT_KEY = "agendum_index_format";
    /** 2: the update digest moved from a stored field to doc values. */
    static final String FORMAT = "2";

    /** Commit data key: committee slug=name lines, the labels of the committee facet. */
    public static final String COMMITTEES = "committees";

    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        // Offsets in the postings let the highlighter cut snippets without re-analysing bodies.
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    /**
     * Segments are kept small rather than merged into one: flushed at this much indexing
     * memory, merged up to {@link #MAX_SEGMENT_MB}. An update rewrites every segment holding a
     * replaced or deleted document ({@code forceMergeDeletes}); with one segment that was the
     * whole index (33 MB for 5,000 papers) whenever a paper changed, and a full build ended
     * by rewriting it all once more ({@code forceMerge(1)}: 2 to 3 s of the index stage).
     * Segments an update does not touch stay the same files, so publishing skips them. Scores
     * do not change: Lucene's term statistics are the whole index's, whatever its segments.
     */
    private static final double SEGMENT_RAM_MB = 16;
    private static final double MAX_SEGMENT_MB = 8;

    /** Below this many new documents one thread is quicker than starting a second. */
    private static final int PARALLEL_FROM = 2_000;

    private LuceneIndexWriter() {}

    /** What an update did. */
    public record Stats(int added, int replaced, int unchanged, int deleted) {}

    /** What an update did, and every document's {@link #digest} by path, as the index now holds them. */
    record Written(Stats stats, Map<String, BytesRef> digests) {}

    static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    public static Stats write(Directory dir, List<SearchDoc> docs, String baseUrl) throws IOException {
        return write(dir, docs, baseUrl, PARALLEL_FROM);
    }

    /** As {@link #write(Directory, List, String)}, adding from two threads from {@code parallelFrom} new documents. */
    static Stats write(Directory dir, List<SearchDoc> docs, String baseUrl, int parallelFrom) throws IOException {
        return write(dir, docs, baseUrl, parallelFrom, MAX_SEGMENT_MB, IndexWriterConfig.DISABLE_AUTO_FLUSH);
    }

    /**
     * As {@link #write(Directory, List, String, int)}, with segments merged up to
     * {@code maxSegmentMb} and, for tests that want many segments, flushed every
     * {@code flushEveryDocs} documents ({@link IndexWriterConfig#DISABLE_AUTO_FLUSH}: by memory).
     */
    static Stats write(Directory dir, List<SearchDoc> docs, String baseUrl, int parallelFrom, double maxSegmentMb,
            int flushEveryDocs) throws IOException {
        return written(dir, docs, baseUrl, parallelFrom, maxSegmentMb, flushEveryDocs).stats();
    }

    /** As {@link #write(Directory, List, String)}, with the digests it worked out, so no one reads them back. */
    static Written written(Directory dir, List<SearchDoc> docs, String baseUrl) throws IOException {
        return written(dir, docs, baseUrl, PARALLEL_FROM, MAX_SEGMENT_MB, IndexWriterConfig.DISABLE_AUTO_FLUSH);
    }

    private static Written written(Directory dir, List<SearchDoc> docs, String baseUrl, int parallelFrom,
            double maxSegmentMb, int flushEveryDocs) throws IOException {
        Map<String, BytesRef> existing = reusable(dir) ? digests(dir) : Map.of();
        FacetsConfig facets = facetsConfig();
        IndexWriterConfig iwc = new IndexWriterConfig(Analysis.perField())
                .setOpenMode(existing.isEmpty() ? IndexWriterConfig.OpenMode.CREATE
                        : IndexWriterConfig.OpenMode.APPEND)
                .setUseCompoundFile(true)
                .setMergePolicy(compoundMerges(maxSegmentMb))
                .setRAMBufferSizeMB(SEGMENT_RAM_MB)
                .setMaxBufferedDocs(flushEveryDocs);
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        Map<String, BytesRef> digests = new HashMap<>(Math.max(16, docs.size() * 2));
        List<Document> additions = new ArrayList<>();
        try (IndexWriter w = new IndexWriter(dir, iwc)) {
            for (SearchDoc d : docs) {
                seen.add(d.path());
                BytesRef digest = digest(d);
                digests.put(d.path(), digest);
                BytesRef old = existing.get(d.path());
                if (digest.equals(old)) {
                    unchanged++;
                    continue;
                }
                Document doc = facets.build(toDocument(d, digest));
                if (old == null) {
                    additions.add(doc);
                    added++;
                } else {
                    w.updateDocument(new Term(Fields.PATH, d.path()), doc);
                    replaced++;
                }
            }
            addAll(w, additions, parallelFrom);
            List<Term> gone = new ArrayList<>();
            existing.keySet().stream().filter(p -> !seen.contains(p)).sorted()
                    .forEach(p -> gone.add(new Term(Fields.PATH, p)));
            w.deleteDocuments(gone.toArray(Term[]::new));
            if (replaced > 0 || !gone.isEmpty()) {
                // A deleted or replaced document stays in its segment (stored text, terms)
                // until that segment is merged; the index files sit in the site folder, and a
                // withdrawn paper or an edited-out sentence must not linger there.
                w.forceMergeDeletes(true);
            }
            w.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, BASE_URL, baseUrl == null ? "" : baseUrl,
                    COMMITTEES, committeeLines(docs)).entrySet());
            w.commit();
            return new Written(new Stats(added, replaced, unchanged, gone.size()), digests);
        }
    }

    /**
     * Merged segments stay one compound file too, however large: three files a segment to
     * publish, not twenty; {@code forceMergeDeletes} leaves no deleted document behind; and
     * merges stop at {@link #MAX_SEGMENT_MB}.
     */
    private static TieredMergePolicy compoundMerges(double maxSegmentMb) {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setNoCFSRatio(1.0);
        policy.setMaxCFSSegmentSizeMB(Double.POSITIVE_INFINITY);
        policy.setForceMergeDeletesPctAllowed(0.0); // every deletion expunged, not only above 10 %
        policy.setMaxMergedSegmentMB(maxSegmentMb);
        return policy;
    }

    /**
     * Adds documents from two threads when there are many (a full build): an IndexWriter
     * takes documents from several threads at once, each into its own segments. Both threads
     * take the next document from one shared cursor, not half each: documents differ in size
     * and the cores are shared with rendering, so fixed halves left one thread adding alone
     * for a second or more. Searches do not depend on the order documents land in: ties are
     * broken by path.
     */
    private static void addAll(IndexWriter w, List<Document> docs, int parallelFrom) throws IOException {
        if (docs.size() < parallelFrom) {
            for (Document d : docs) {
                w.addDocument(d);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Callable<Void> adder = () -> {
            for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                w.addDocument(docs.get(i));
            }
            return null;
        };
        ExecutorService second = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "agendum-index-2");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Void> rest = second.submit(adder);
            try {
                adder.call();
            } catch (IOException | RuntimeException e) {
                next.set(docs.size()); // stop the other thread at its next document
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("an adder throws only what addDocument does", e);
            } finally {
                awaitQuietly(rest); // never leave a thread adding to a writer that is closing
            }
            rest.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("indexing failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } finally {
            second.shutdown();
        }
    }

    private static void awaitQuietly(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException ignored) {
            // reported by the caller's own get()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String committeeLines(List<SearchDoc> docs) {
        java.util.TreeMap<String, String> names = new java.util.TreeMap<>();
        for (SearchDoc d : docs) {
            if (d.committee() != null) {
                names.put(d.committee(), d.committeeName());
            }
        }
        StringBuilder sb = new StringBuilder();
        names.forEach((slug, name) -> sb.append(slug).append('=').append(name.replace('\n', ' ')).append('\n'));
        return sb.toString();
    }

    static Document toDocument(SearchDoc d, BytesRef digest) {
        Document doc = new Document();
        doc.add(new StringField(Fields.PATH, d.path(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.PATH, new BytesRef(d.path())));
        SharedTokens title = new SharedTokens(d.title());
        doc.add(title.english(Fields.TITLE, TextField.TYPE_STORED));
        doc.add(title.exact(Fields.TITLE_EXACT)); // after its English field: see SharedTokens
        SharedTokens body = new SharedTokens(d.body());
        doc.add(body.english(Fields.BODY, BODY_TYPE));
        doc.add(body.exact(Fields.BODY_EXACT));
        doc.add(new StringField(Fields.TYPE, d.type().id(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.TYPE, d.type().id()));
        if (d.committee() != null) {
            doc.add(new StringField(Fields.COMMITTEE, d.committee(), Field.Store.YES));
            doc.add(new StoredField(Fields.COMMITTEE_NAME, d.committeeName()));
            doc.add(new SortedSetDocValuesFacetField(Fields.COMMITTEE, d.committee()));
        }
        if (d.date() != null) {
            long day = d.date().toEpochDay();
            doc.add(new LongPoint(Fields.DAY, day));
            doc.add(new NumericDocValuesField(Fields.DAY, day));
            doc.add(new StoredField(Fields.DATE, d.date().toString()));
            doc.add(new SortedSetDocValuesFacetField(Fields.YEAR, String.valueOf(d.date().getYear())));
        }
        if (d.decision() != null) {
            doc.add(new StringField(Fields.DECISION, d.decision(), Field.Store.YES));
        }
        doc.add(new StringField(Fields.KEY_DECISION, String.valueOf(d.keyDecision()), Field.Store.YES));
        doc.add(new BinaryDocValuesField(Fields.DIGEST, digest));
        return doc;
    }

    /**
     * MD5 of every field, each length-prefixed. Change detection, not a security check: an
     * accidental collision is out of reach, and a crafted one could only keep a document's
     * previous public text in the index (a document that stops being public is deleted by
     * path, whatever its digest). SHA-256 here ran at C1's ~130 MB/s and was 1.7 s of a
     * one-paper rebuild of 5,000 papers; MD5 runs about three times as fast.
     */
    static BytesRef digest(SearchDoc d) {
        MessageDigest md = Digests.md5();
        for (String field : new String[] {d.path(), d.title(), d.body(), d.type().id(), d.committee(),
                d.committeeName(), d.date() == null ? null : d.date().toString(), d.decision(),
                String.valueOf(d.keyDecision())}) {
            if (field == null) {
                md.update(new byte[] {-1, -1, -1, -1});
                continue;
            }
            byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
            md.update(new byte[] {(byte) (utf8.length >>> 24), (byte) (utf8.length >>> 16), (byte) (utf8.length >>> 8),
                (byte) utf8.length});
            md.update(utf8);
        }
        return new BytesRef(md.digest());
    }

    /**
     * Whether {@code dir} holds an index this code can update: one written with our current
     * document layout. Anything else (none, another version's, unreadable) is replaced whole.
     */
    private static boolean reusable(Directory dir) {
        try {
            return DirectoryReader.indexExists(dir)
                    && FORMAT.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(FORMAT_KEY));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Path → digest of every live document, from doc values (no stored fields decompressed). */
    private static Map<String, BytesRef> digests(Directory dir) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            return digests(r);
        }
    }

    /** Path → {@link #digest} of every live document of {@code index}. */
    static Map<String, BytesRef> digests(IndexReader index) throws IOException {
        Map<String, BytesRef> out = new HashMap<>();
        for (LeafReaderContext leaf : index.leaves()) {
            LeafReader reader = leaf.reader();
            Bits live = reader.getLiveDocs();
            SortedDocValues paths = DocValues.getSorted(reader, Fields.PATH);
            BinaryDocValues digests = DocValues.getBinary(reader, Fields.DIGEST);
            for (int d = paths.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = paths.nextDoc()) {
                if ((live == null || live.get(d)) && digests.advanceExact(d)) {
                    out.put(paths.lookupOrd(paths.ordValue()).utf8ToString(), BytesRef.deepCopyOf(digests.binaryValue()));
                }
            }
        }
        return out;
    }
}
