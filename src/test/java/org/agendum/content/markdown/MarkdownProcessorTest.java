package org.agendum.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownProcessorTest {

    private final MarkdownProcessor markdown = new MarkdownProcessor();

    @Test
    void everyTableComesInAFocusableLabelledScrollingRegionAndNothingElseIsWrapped() {
        String html = markdown.process("Rates & charges\n\n| Placement | Rate |\n|---|---|\n| Under 2 | £150.77 |\n\n"
                + "> quoted\n\n| A |\n|---|\n| 1 |\n", false).markdown().html();
        assertThat(html).isEqualTo("""
                <p>Rates &amp; charges</p>
                <div class="table-scroll" role="region" aria-label="Scrollable table" tabindex="0">
                <table>
                <thead>
                <tr><th>Placement</th><th>Rate</th></tr>
                </thead>
                <tbody>
                <tr><td>Under 2</td><td>£150.77</td></tr>
                </tbody>
                </table>
                </div>
                <blockquote>
                <p>quoted</p>
                </blockquote>
                <div class="table-scroll" role="region" aria-label="Scrollable table" tabindex="0">
                <table>
                <thead>
                <tr><th>A</th></tr>
                </thead>
                <tbody>
                <tr><td>1</td></tr>
                </tbody>
                </table>
                </div>
                """);
        assertThat(markdown.process("No tables here.\n", false).markdown().html()).isEqualTo("<p>No tables here.</p>\n");
    }
}
