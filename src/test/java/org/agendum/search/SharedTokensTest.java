package org.agendum.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * A text tokenized once for its two fields indexes exactly what the two analyzers the queries
 * use make of it: the same terms, offsets and positions, and the same end of stream.
 */
class SharedTokensTest {

    @Property(tries = 3000)
    void bothFieldsMatchTheirAnalyzers(@ForAll("councilText") String text) throws IOException {
        SharedTokens shared = new SharedTokens(text);
        Field english = shared.english("body", TextField.TYPE_STORED);
        Field exact = shared.exact("body_exact");
        // the index writer's order: a document's fields as added, the English one first
        assertThat(tokens(english.tokenStream(null, null))).isEqualTo(tokens(Analysis.english(), text));
        assertThat(tokens(exact.tokenStream(null, null))).isEqualTo(tokens(Analysis.exact(), text));
        assertThat(english.stringValue()).isEqualTo(text); // stored as written
    }

    @Property(tries = 300)
    void theExactFieldStandsAloneIfIndexedFirst(@ForAll("councilText") String text) throws IOException {
        SharedTokens shared = new SharedTokens(text);
        Field exact = shared.exact("body_exact");
        assertThat(tokens(exact.tokenStream(null, null))).isEqualTo(tokens(Analysis.exact(), text));
    }

    @Example
    void possessivesGoWhateverTheirCase() throws IOException {
        String text = "THE COUNCIL'S Budget’S and the Mayor＇s plans";
        SharedTokens shared = new SharedTokens(text);
        List<String> english = tokens(shared.english("t", TextField.TYPE_STORED).tokenStream(null, null));
        assertThat(english).isEqualTo(tokens(Analysis.english(), text));
        assertThat(english.toString()).contains("council", "budget", "mayor").doesNotContain("'s", "’s");
    }

    @Provide
    Arbitrary<String> councilText() {
        Arbitrary<String> piece = Arbitraries.of("Council", "COUNCIL'S", "council's", "budget’S", "mayor＇s", "the",
                "The", "AND", "of", " ", "  ", "\n\n", "-", "1.2", "£4,500", "2026-03-05", "e-mail", "o'clock", "'s",
                "S", "'", "’", "running", "RUNS", "ponies", "Ærø", "İstanbul", "ß", "😀", "日本語", "x".repeat(300),
                "http://example.org/a?b=c", "a.b@example.org", ".", ",", "(", ")", "don't", "it's");
        return piece.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer.tokenStream("f", text));
    }

    /** Every token as term@start-end+increment, and the stream's end the same way. */
    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
            }
            ts.end();
            out.add("end@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
        }
        return out;
    }
}
