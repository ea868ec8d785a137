package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.agendum.model.AgendaPacks;
import org.agendum.model.PackLayout;
import org.agendum.model.PageRange;
import org.agendum.render.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publishing rules as a security property: the leak-canaries fixture hides the word
 * "canary" in every kind of unpublishable thing (draft, embargoed and exempt papers and
 * decisions, papers and attachments of an exempt item, an agenda not yet issued, an unlisted
 * paper, a draft page, a plan published in the future). Not one output path or byte may
 * contain it, with or without PDF packs.
 */
class LeakTest {

    private static final String CANARY = "canary";

    @Test
    void noCanaryInAnyPublishedFileOrPath(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildRequest(Fixtures.content("leak-canaries"), "content",
                Fixtures.THEME, out, Fixtures.NOW, false));
        assertThat(result.published()).isTrue();

        List<String> leaks = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String rel = out.relativize(f).toString();
            if (rel.toLowerCase(Locale.ROOT).contains(CANARY)) {
                leaks.add("path " + rel);
            }
            if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains(CANARY)) {
                leaks.add("content of " + rel);
            }
        }
        assertThat(leaks).isEmpty();
        // The fixture is not vacuous: its public parts were published.
        assertThat(out.resolve("meetings/2026/2026-02-05-cabinet/01-public-report/index.html")).exists();
        assertThat(out.resolve("meetings/2026/2026-02-05-cabinet/minutes/index.html")).exists();
        assertThat(out.resolve("decisions/26-00010/index.html")).exists();
        assertThat(Files.readString(out.resolve("meetings/2026/2026-02-05-cabinet/index.html")))
                .contains("Confidential property matter")
                .contains("Exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972");
        assertThat(files).hasSizeGreaterThan(20);
    }

    @Test
    void noCanaryWhenPacksExistForEveryMeeting() {
        AgendaPacks packs = new AgendaPacks(Map.of(
                "2026-02-05-cabinet", new PackLayout("2026-02-05-cabinet", 9, 900, Map.of("1", new PageRange(3, 9))),
                "2026-04-16-cabinet", new PackLayout("2026-04-16-cabinet", 2, 200, Map.of())));
        Map<String, byte[]> site = Fixtures.render("leak-canaries", Fixtures.NOW, packs);
        assertThat(site.keySet()).noneMatch(p -> p.toLowerCase(Locale.ROOT).contains(CANARY));
        site.forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT))
                .as(path).doesNotContain(CANARY));
        assertThat(new String(site.get("meetings/2026/2026-02-05-cabinet/index.html"), StandardCharsets.UTF_8))
                .contains("01-public-report.pdf");
    }
}
