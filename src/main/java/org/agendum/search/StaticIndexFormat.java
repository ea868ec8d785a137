package org.agendum.search;

/**
 * The byte layout of the static index, read by {@code assets/search.js}. Kept small on
 * purpose: a query fetches {@code meta.json}, {@code docs.bin}, one chunk per term and one
 * fragment per shown result, nothing else.
 *
 * <pre>
 * meta.json        {"version":2, "bundle":K, "docs":N, "chunks":[first term of each chunk…],
 *                   "committees":[[slug,name]…], "types":[id…], "baseUrl":…}
 * docs.bin         "AGD2", varint run count, runs of (varint length, varint committee+1 (0 none),
 *                  varint day+1 (0 none)), then one type index per doc, two per byte (low nibble first)
 * t/&lt;n&gt;.bin   terms in order: varint byte length, UTF-8 term, varint df,
 *                  df × (varint doc delta, one impact byte 1..255)
 * d/&lt;n&gt;.json   bundle n: the fragments of documents nK to nK+K-1, in order, each
 *                  {"p":path, "t":title, "y":type, "c":committee name, "d":date, "x":text excerpt}
 * </pre>
 *
 * Documents are numbered in (date, page, path) order so committee and date come in runs and
 * a page's sections are neighbours, mostly in one bundle. An
 * impact is the document's BM25 term weight (title matches boosted) scaled to a byte; the
 * script multiplies it by the term's idf, so ranking follows the Lucene index closely.
 */
final class StaticIndexFormat {

    static final int VERSION = 2;
    /**
     * Documents per fragment file. One file per document made a 5,000-paper site 31,137 small
     * files, most of what publishing (and uploading) it cost; one per page made the bundles of
     * long papers large, and long papers are what searches find: the first ten results of a
     * two-word query then fetched 87 KB of fragments (p50, 10,000 papers). Three neighbours
     * (a page's sections, mostly) keep both down: 37 KB of fragments, 90 KB in all (p50).
     */
    static final int BUNDLE = 3;
    static final byte[] DOCS_MAGIC = {'A', 'G', 'D', '2'};
    /** A chunk is closed once it passes this many bytes; a very common term gets one alone. */
    static final int CHUNK_BYTES = 6 * 1024;
    /** Characters of body text kept per document for client-side snippets. */
    static final int EXCERPT_CHARS = 1200;

    static final double K1 = 1.2;
    static final double B = 0.75;
    static final double MAX_WEIGHT = (K1 + 1) * (1 + Fields.TITLE_BOOST);

    private StaticIndexFormat() {}

    /** BM25's term-frequency part for one field. */
    static double bm25(int tf, int length, double avgLength) {
        if (tf == 0) {
            return 0;
        }
        double norm = K1 * (1 - B + B * length / Math.max(1e-9, avgLength));
        return tf * (K1 + 1) / (tf + norm);
    }

    static int impact(double weight) {
        return (int) Math.max(1, Math.min(255, Math.round(weight / MAX_WEIGHT * 255)));
    }
}
