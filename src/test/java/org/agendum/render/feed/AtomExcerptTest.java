package org.agendum.render.feed;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A feed entry's summary, cut while collapsing, is exactly the regex definition it replaced. */
class AtomExcerptTest {

    private static String reference(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= 300) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 297);
        return t.substring(0, cut > 200 ? cut : 297) + "…";
    }

    @Property(tries = 3000)
    void sameAsCollapsingTheWholeText(@ForAll("texts") String text) {
        assertThat(AtomFeed.excerpt(text)).isEqualTo(reference(text));
    }

    /** Long texts around the 300-character edge, with runs of spaces and surrogate pairs near it. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("word", "a", " ", "   ", "\n\n", "\t", "\u00A0", "\u2003", "😀", "é",
                "\uD83D", ". ", "longerwordwithoutspaces");
        return piece.list().ofMaxSize(160).map(l -> String.join("", l));
    }
}
