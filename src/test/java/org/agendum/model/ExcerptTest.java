package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The streaming excerpt is exactly the simple definition it replaced, on awkward text. */
class ExcerptTest {

    /** The definition: collapse, strip, cut at code points. */
    private static String reference(String text, int limit) {
        String body = text.replaceAll("\\s+", " ").strip();
        return body.length() <= limit ? body
                : body.substring(0, body.offsetByCodePoints(0, Math.min(body.codePointCount(0, body.length()), limit)));
    }

    @Property(tries = 2000)
    void sameAsCollapsingStrippingAndCutting(@ForAll("awkward") String text, @ForAll @IntRange(min = 0, max = 40) int limit) {
        assertThat(Excerpt.of(text, limit)).isEqualTo(reference(text, limit));
    }

    @Provide
    Arbitrary<String> awkward() {
        Arbitrary<String> piece = Arbitraries.of("a", "word", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u2003",
                "\u00A0", "\u001F", "\u3000", "😀", "é", "\uD83D", "x y", "£");
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }
}
