package org.agendum.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two analyses every field goes through, shared by the Lucene index, the query parser
 * and the static index (whose script repeats the English one: see assets/search.js):
 * English (stop words, possessives, Porter stemming) for ranked words, and exact (lower
 * case only) for "quoted phrases" and prefixes.
 */
public final class Analysis {

    private Analysis() {}

    /** StandardTokenizer, possessives, lower case, English stop words, Porter stemmer. */
    public static Analyzer english() {
        return new EnglishAnalyzer();
    }

    /** StandardTokenizer and lower case: every word kept as written, for exact phrases. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    /** The analyzer for writing documents: exact fields get the exact analysis, the rest English. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(english(),
                Map.of(Fields.TITLE_EXACT, exact(), Fields.BODY_EXACT, exact()));
    }

    /** The terms {@code analyzer} makes of {@code text}, in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
        }
        return out;
    }
}
