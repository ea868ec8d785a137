package org.agendum.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Parsing a text with only the extensions that can find something in it gives exactly what
 * parsing it with every extension does: the same HTML, text, headings, minute headings and
 * problems, for texts with and without links, addresses, braces and tables.
 */
class ParserChoiceTest {

    private static final MarkdownProcessor CHOSEN = new MarkdownProcessor(true);
    private static final MarkdownProcessor EVERY = new MarkdownProcessor(true, true);

    @Property(tries = 1500)
    void theChosenParserGivesWhatEveryExtensionGives(@ForAll("markdown") String source, @ForAll boolean minutesAllowed) {
        MarkdownProcessor.Result chosen = CHOSEN.process(source, minutesAllowed);
        MarkdownProcessor.Result every = EVERY.process(source, minutesAllowed);
        assertThat(chosen.markdown().html()).isEqualTo(every.markdown().html());
        assertThat(chosen).isEqualTo(every);
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.of("# Title\n", "## 1. Minute {minute=12 item=3}\n", "text ", "**bold** ",
                "| A | B |\n|---|---|\n| 1 | 2 |\n", "a | b\n", "<b>ok</b>", "[link](https://example.org/x) ",
                "https://www.kent.gov.uk ", "https://example.org/plain ", "www.example.org ", "clerk@example.gov.uk ", "@ ", "{#id .c}", "{", "}",
                "\n\n", "\n", "- item\n", "1. first\n", "£1,200 ", "## Heading\n", "~~struck~~ ", "*em* ", "`code` ",
                "> quoted\n", "    indented\n", "<!-- note -->", "Mr O'Brien's ", "\\{ ", "&amp; ");
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }
}
