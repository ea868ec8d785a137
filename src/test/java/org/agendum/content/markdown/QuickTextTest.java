package org.agendum.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Text runs rendered by {@link QuickText} are byte for byte what flexmark's own renderer
 * makes of them, with every extension we use around them, whatever the text: escapes,
 * entities, carriage returns, quotes and markup included.
 */
class QuickTextTest {

    private static MutableDataSet options(boolean quick) {
        List<Extension> extensions = new ArrayList<>();
        if (quick) {
            extensions.add(new QuickText());
        }
        extensions.addAll(List.of(TablesExtension.create(), new ScrollingTables(), StrikethroughExtension.create(),
                AutolinkExtension.create(), AttributesExtension.create()));
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        return options;
    }

    private static final Parser PARSER = Parser.builder(options(false)).build();
    private static final HtmlRenderer FLEXMARK = HtmlRenderer.builder(options(false)).build();
    private static final HtmlRenderer QUICK = HtmlRenderer.builder(options(true)).build();

    @Property(tries = 3000)
    void sameHtmlAsFlexmarksOwnTextRenderer(@ForAll("markdown") String source) {
        Document doc = PARSER.parse(source);
        assertThat(QUICK.render(doc)).isEqualTo(FLEXMARK.render(doc));
    }

    @Test
    void takesPlainRunsAndLeavesTheRestToFlexmark() {
        Document doc = PARSER.parse("Rates 3 < 4 > 2 \"5%\" today\n\nA \\*star\\* & more");
        List<String> quick = new ArrayList<>();
        List<String> handedOn = new ArrayList<>();
        for (var node : doc.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Text t) {
                String html = QuickText.escaped(t.getChars());
                (html == null ? handedOn : quick).add(html == null ? t.getChars().toString() : html);
            }
        }
        assertThat(quick).contains("Rates 3 &lt; 4 &gt; 2 &quot;5%&quot; today");
        assertThat(handedOn).isNotEmpty().allMatch(s -> s.contains("\\") || s.contains("&"));
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.of("Rates ", "<b>", "\"quoted\" ", "'single' ", "a < b > c ", "&amp; ",
                "&copy; ", "& ", "&#x41; ", "\\* ", "\\\\ ", "\r\n", "\r", "\n", "\n\n", "*em* ", "**strong** ",
                "~~gone~~ ", "`code <x>` ", "[link](https://example.org/?a=1&b=2) ", "https://www.kent.gov.uk ",
                "# Heading \"h\"\n", "- item & more\n", "| A | B&C |\n|---|---|\n| <1> | \"2\" |\n",
                "{.cls} ", "text{#id} ", "£4m — café 😀 ", "    indented <code>\n", "> quote \"q\"\n", "<!-- c --> ");
        return pieces.list().ofMaxSize(20).map(l -> String.join("", l));
    }
}
