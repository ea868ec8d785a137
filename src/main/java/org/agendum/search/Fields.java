package org.agendum.search;

/** Field names of the Lucene index, in one place for the writer and the searcher. */
final class Fields {

    /** Site-relative URL: the key of every document (updates replace by it). */
    static final String PATH = "path";
    static final String TITLE = "title";
    static final String TITLE_EXACT = "title_exact";
    static final String BODY = "body";
    static final String BODY_EXACT = "body_exact";
    static final String TYPE = "type";
    static final String COMMITTEE = "committee";
    static final String COMMITTEE_NAME = "committee_name";
    /** Epoch day, as a point (ranges) and doc value (sorting); stored ISO date beside it. */
    static final String DAY = "day";
    static final String DATE = "date";
    static final String YEAR = "year";
    static final String DECISION = "decision";
    static final String KEY_DECISION = "key_decision";

    /** A digest of the document (doc values), so an incremental update can skip unchanged ones. */
    static final String DIGEST = "digest";

    /** Titles count this many times a body match. */
    static final float TITLE_BOOST = 3f;

    private Fields() {}
}
