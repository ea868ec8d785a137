package org.agendum.search;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link UserQuery} into Lucene queries: the one that finds and ranks, and the one
 * the highlighter marks snippets with (plain terms on the stemmed body field).
 */
final class LuceneQueries {

    /** Prefixes expand to at most this many terms (the most frequent), keeping them cheap. */
    static final int PREFIX_TERMS = 64;

    private final Analyzer english;
    private final Analyzer exact;

    LuceneQueries(Analyzer english, Analyzer exact) {
        this.english = english;
        this.exact = exact;
    }

    /** The query for {@code q} with the request's filters; filters do not score. */
    Query find(UserQuery q, SearchRequest r) throws BadQueryException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (UserQuery.Part p : q.must()) {
            Query part = part(p);
            if (part != null) {
                b.add(part, Occur.MUST);
                positive = true;
            }
        }
        for (UserQuery.Part p : q.mustNot()) {
            Query part = part(p);
            if (part != null) {
                b.add(part, Occur.MUST_NOT);
            }
        }
        boolean filtered = addFilters(b, q, r);
        if (!positive) {
            if (!filtered && q.mustNot().isEmpty()) {
                return new MatchNoDocsQuery("nothing to search for");
            }
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    private boolean addFilters(BooleanQuery.Builder b, UserQuery q, SearchRequest r) throws BadQueryException {
        boolean any = false;
        for (String committee : new String[] {q.committee(), r.committee()}) {
            if (committee != null) {
                b.add(new TermQuery(new Term(Fields.COMMITTEE, committee)), Occur.FILTER);
                any = true;
            }
        }
        for (String type : new String[] {q.type(), r.type()}) {
            if (type != null) {
                b.add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER);
                any = true;
            }
        }
        LocalDate from = later(q.from(), r.from());
        LocalDate to = earlier(q.to(), r.to());
        if (from != null || to != null) {
            long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
            long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
            if (lo > hi) {
                throw new BadQueryException("the from date is after the to date");
            }
            b.add(LongPoint.newRangeQuery(Fields.DAY, lo, hi), Occur.FILTER);
            any = true;
        }
        return any;
    }

    private Query part(UserQuery.Part p) {
        if (p instanceof UserQuery.Word w) {
            List<String> stems = Analysis.terms(english, w.text());
            if (stems.size() == 1) {
                return either(new TermQuery(new Term(Fields.TITLE, stems.get(0))),
                        new TermQuery(new Term(Fields.BODY, stems.get(0))));
            }
            // A stop word alone, or a word the tokenizer splits (foster-care): match as written.
            return phrase(w.text());
        }
        if (p instanceof UserQuery.Phrase ph) {
            return phrase(ph.text());
        }
        if (p instanceof UserQuery.DecisionNumber d) {
            BooleanQuery.Builder mentions = new BooleanQuery.Builder();
            mentions.add(new BoostQuery(new TermQuery(new Term(Fields.DECISION, d.number())), 4f), Occur.SHOULD);
            mentions.add(phrase(d.number()), Occur.SHOULD);
            // The record of the decision itself comes before the papers and items that cite it.
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(mentions.build(), Occur.MUST);
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.TYPE, DocType.DECISION.id()))),
                    10f), Occur.SHOULD);
            return b.build();
        }
        UserQuery.Prefix pre = (UserQuery.Prefix) p;
        return either(prefix(Fields.TITLE_EXACT, pre.prefix()), prefix(Fields.BODY_EXACT, pre.prefix()));
    }

    /** Title and body, the title boosted: a match in either counts, in the title more. */
    private static Query either(Query title, Query body) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new BoostQuery(title, Fields.TITLE_BOOST), Occur.SHOULD);
        b.add(body, Occur.SHOULD);
        return b.build();
    }

    private Query phrase(String text) {
        List<String> words = Analysis.terms(exact, text);
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            return either(new TermQuery(new Term(Fields.TITLE_EXACT, words.get(0))),
                    new TermQuery(new Term(Fields.BODY_EXACT, words.get(0))));
        }
        return either(new PhraseQuery(Fields.TITLE_EXACT, words.toArray(String[]::new)),
                new PhraseQuery(Fields.BODY_EXACT, words.toArray(String[]::new)));
    }

    private static Query prefix(String field, String prefix) {
        return new PrefixQuery(new Term(field, prefix),
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_TERMS));
    }

    /** What the highlighter marks: every searched word, stemmed as the body field is. */
    Query highlight(UserQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (UserQuery.Part p : q.must()) {
            String text = p instanceof UserQuery.Word w ? w.text()
                    : p instanceof UserQuery.Phrase ph ? ph.text()
                    : p instanceof UserQuery.DecisionNumber d ? d.number() : null;
            if (text != null) {
                for (String t : Analysis.terms(english, text)) {
                    b.add(new TermQuery(new Term(Fields.BODY, t)), Occur.SHOULD);
                }
            } else {
                b.add(new PrefixQuery(new Term(Fields.BODY, ((UserQuery.Prefix) p).prefix()),
                        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_TERMS)), Occur.SHOULD);
            }
        }
        return b.build();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
