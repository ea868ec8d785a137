package org.agendum.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain text that is searched and excerpted keeps every block's and cell's words apart. */
class PlainTextTest {

    private static String text(String markdown) {
        return new MarkdownProcessor().process(markdown, true).markdown().text();
    }

    @Test
    void blocksAndCellsDoNotRunTogether() {
        String md = """
                Held in the Council Chamber.

                ## DMT Member

                Signed:

                | Service | 2026-27 |
                |---|---|
                | Roads | £1,000 |

                - first
                - second

                > quoted
                """;
        assertThat(text(md)).isEqualTo("Held in the Council Chamber.\n\nDMT Member\n\nSigned:\n\n"
                + "Service 2026-27\nRoads £1,000\n\nfirst\n\nsecond\n\nquoted");
    }

    @Test
    void inlineMarkupRawHtmlAndAttributesAreNotText() {
        assertThat(text("A **bold** [link](https://example.org) and `code`<br>end.\n\n## Heading {#id}\n"))
                .isEqualTo("A bold link and codeend.\n\nHeading");
    }
}
