package org.agendum.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HtmlFragmentsTest {

    @Test
    void minutesSplitAtTheirHeadingsOnly() {
        String html = "<p>Intro</p>\n<h2 id=\"minute-1\">Apologies</h2>\n<p>None.</p>\n"
                + "<h2 id=\"other\">Not a minute</h2>\n<p>Text</p>\n<h2 id=\"minute-2\">Budget <em>2026</em></h2>\n<p>Agreed.</p>\n";
        HtmlFragments.Split split = HtmlFragments.splitAt(html, Set.of("minute-1", "minute-2"));
        assertThat(split.intro()).isEqualTo("<p>Intro</p>");
        assertThat(split.sections()).containsExactly(
                new HtmlFragments.Section("minute-1", "Apologies",
                        "<p>None.</p>\n<h2 id=\"other\">Not a minute</h2>\n<p>Text</p>"),
                new HtmlFragments.Section("minute-2", "Budget 2026", "<p>Agreed.</p>"));
    }
}
