package org.agendum.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.agendum.model.AgendaPacks;
import org.agendum.model.PackLayout;
import org.agendum.model.PageRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The web-basic fixture rendered with the default theme, compared whole against golden
 * files: one of each page type, the feeds and the open data, plus the list of every path.
 */
class GoldenPagesTest {

    private static Map<String, byte[]> site;

    @BeforeAll
    static void render() {
        site = Fixtures.render("web-basic");
    }

    static Stream<String> representativeFiles() {
        return Stream.of(
                "index.html",
                "meetings/index.html",
                "committees/index.html",
                "committees/cabinet/index.html",
                "meetings/2026/2026-03-05-cabinet/index.html",
                "meetings/2026/2026-03-26-scrutiny-panel/index.html",
                "meetings/2026/2026-02-10-scrutiny-panel/index.html",
                "meetings/2026/2026-03-05-cabinet/02-roads-strategy/index.html",
                "meetings/2026/2026-01-15-cabinet/minutes/index.html",
                "decisions/index.html",
                "decisions/26-00001/index.html",
                "decisions/forward-plan/index.html",
                "plans/highways-action-plan-2026/index.html",
                "about/index.html",
                "search/index.html",
                "404.html",
                "feed.xml",
                "sitemap.xml",
                "robots.txt",
                "data/meetings.json",
                "committees/scrutiny-panel/calendar.ics");
    }

    @ParameterizedTest
    @MethodSource("representativeFiles")
    void matchesGolden(String path) throws IOException {
        assertThat(site).containsKey(path);
        Golden.assertMatches("web-basic/" + path, new String(site.get(path), StandardCharsets.UTF_8));
    }

    @Test
    void publishesExactlyTheseFiles() throws IOException {
        Golden.assertMatches("web-basic/files.txt", String.join("\n", site.keySet()) + "\n");
    }

    @Test
    void withPacksTheMeetingPageShowsPageRangesAndLinksEveryPdf() throws IOException {
        AgendaPacks packs = new AgendaPacks(Map.of("2026-03-05-cabinet", new PackLayout("2026-03-05-cabinet", 24,
                1_234_567, Map.of("1", new PageRange(3, 6), "2", new PageRange(7, 24)))));
        Map<String, byte[]> withPdf = Fixtures.render("web-basic", Fixtures.NOW, packs);
        Golden.assertMatches("web-basic-with-packs/meetings/2026/2026-03-05-cabinet/index.html",
                new String(withPdf.get("meetings/2026/2026-03-05-cabinet/index.html"), StandardCharsets.UTF_8));
    }
}
