package org.agendum.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A paper's first sentence, taken while collapsing, is exactly the regex definition it replaced. */
class FirstSentenceTest {

    private static String reference(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        int dot = t.indexOf(". ");
        String s = dot > 0 ? t.substring(0, dot + 1) : t;
        return s.length() > 300 ? s.substring(0, 297) + "…" : s;
    }

    @Property(tries = 3000)
    void sameAsCollapsingTheWholeText(@ForAll("texts") String text) {
        assertThat(PaperPages.firstSentence(text)).isEqualTo(reference(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("word", "a", " ", "   ", "\n", "\t", "\u2003", "😀", ".", ". ", ".\n",
                "longerwordwithoutspaces");
        return piece.list().ofMaxSize(160).map(l -> String.join("", l));
    }
}
