package org.agendum.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;

/**
 * One text indexed in its two fields ({@link Analysis}: English and exact) with one pass of
 * the tokenizer. Both analyses start with the standard tokenizer and lower case; the English
 * one then drops possessives and stop words and stems. So the English field's tokenizing is
 * recorded as it goes by, and the exact field replays the recording instead of tokenizing
 * the text again: a third of the index's CPU went on analysing every body twice. The
 * possessive filter strips {@code 's} and {@code 'S} alike, so running it after lower case
 * instead of before gives the same terms ({@code SharedTokensTest} holds both fields to
 * {@link Analysis#english()} and {@link Analysis#exact()}, which the queries use).
 *
 * <p>The recording is made when the writer indexes the English field and released when the
 * exact field has replayed it, so a list of documents waiting to be added holds no tokens.
 * Should the writer ever index the exact field first, it tokenizes the text itself.
 */
final class SharedTokens {

    private final String text;
    private Tape tape;

    SharedTokens(String text) {
        this.text = text;
    }

    /** The English field: {@code type} decides storing and what the postings hold. */
    Field english(String name, FieldType type) {
        return new Field(name, text, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                Tape recording = new Tape();
                tape = recording;
                return englishOver(new Recorder(lowerCaseTokens(text), recording));
            }
        };
    }

    /** The exact field (not stored: the English field stores the text). */
    Field exact(String name) {
        return new Field(name, text, TextField.TYPE_NOT_STORED) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                Tape recorded = tape;
                tape = null;
                return recorded != null && recorded.finished ? new Replay(recorded) : lowerCaseTokens(text);
            }
        };
    }

    /** Analysis.exact(): the standard tokenizer and lower case. */
    static TokenStream lowerCaseTokens(String text) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return new LowerCaseFilter(tokenizer);
    }

    /** The rest of Analysis.english() over lower-cased tokens (see the class comment on the order). */
    static TokenStream englishOver(TokenStream lowerCased) {
        return new PorterStemFilter(new StopFilter(new EnglishPossessiveFilter(lowerCased),
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    }

    /** Tokens as they went by: terms, offsets, position increments, and the stream's end. */
    private static final class Tape {
        private char[] chars = new char[256];
        private int length;
        private int[] ends = new int[32];
        private int[] starts = new int[32];
        private int[] stops = new int[32];
        private int[] increments = new int[32];
        private int count;
        private boolean finished;
        private int finalOffset;
        private int finalIncrement;

        void add(CharTermAttribute term, OffsetAttribute offset, int increment) {
            if (count == ends.length) {
                int n = count * 2;
                ends = Arrays.copyOf(ends, n);
                starts = Arrays.copyOf(starts, n);
                stops = Arrays.copyOf(stops, n);
                increments = Arrays.copyOf(increments, n);
            }
            if (length + term.length() > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + term.length()));
            }
            System.arraycopy(term.buffer(), 0, chars, length, term.length());
            length += term.length();
            ends[count] = length;
            starts[count] = offset.startOffset();
            stops[count] = offset.endOffset();
            increments[count] = increment;
            count++;
        }
    }

    /** Passes every token on unchanged, writing it on the tape first. */
    private static final class Recorder extends TokenFilter {
        private final Tape tape;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        Recorder(TokenStream input, Tape tape) {
            super(input);
            this.tape = tape;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            tape.add(term, offset, increment.getPositionIncrement());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            tape.finalOffset = offset.endOffset();
            tape.finalIncrement = increment.getPositionIncrement();
            tape.finished = true;
        }
    }

    /** Plays a tape back as a token stream. */
    private static final class Replay extends TokenStream {
        private final Tape tape;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        Replay(Tape tape) {
            this.tape = tape;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == tape.count) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : tape.ends[next - 1];
            term.copyBuffer(tape.chars, from, tape.ends[next] - from);
            offset.setOffset(tape.starts[next], tape.stops[next]);
            increment.setPositionIncrement(tape.increments[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(tape.finalOffset, tape.finalOffset);
            increment.setPositionIncrement(tape.finalIncrement);
        }
    }
}
