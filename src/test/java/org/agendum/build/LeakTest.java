package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.agendum.model.AgendaPacks;
import org.agendum.model.PackLayout;
import org.agendum.model.PageRange;
import org.agendum.render.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publishing rules as a security property. The leak-canaries fixture plants a unique
 * canary word in every field of everything that must not be published (see its site.yaml):
 * titles, summaries, bodies, table cells, recommendations, authors, contacts, background
 * papers, the text and file names of supplied PDFs, decision records, the papers of an
 * exempt item, an agenda not yet issued, drafts, embargoes. The site is built with its PDFs
 * and {@link CanaryScan} looks for the words in every output: names, bytes, PDF text and
 * objects, the Lucene index's terms and stored values, the search service, the static
 * search shards, feeds, calendars, open data and sitemap. None may be found. Built again
 * with a clock after the embargoes, exactly the clock-held canaries appear, where they should.
 */
class LeakTest {

    /** Canaries held back only by the clock; every other canary must never appear. */
    static final List<String> CLOCK_HELD = List.of("canaryembargo", "canarynotissued", "canaryfuture");
    /** After the embargoes (1 June 2026) and the second agenda's issue (7 April 2026). */
    static final Instant LATER = Instant.parse("2026-07-01T09:00:00Z");
    static final String EMBARGOED = "meetings/2026/2026-02-05-cabinet/01-canaryembargo-appendix";

    static Path content;
    static Set<String> planted;

    @BeforeAll
    static void plant() throws Exception {
        content = Fixtures.content("leak-canaries");
        planted = CanaryScan.planted(content);
        System.out.println("GATE leaks: " + planted.size() + " canary words planted, "
                + planted.stream().filter(LeakTest::clockHeld).count() + " of them held back only by the clock");
        assertThat(planted).hasSizeGreaterThan(60);
    }

    static Path build(Path out, Instant now) throws Exception {
        BuildResult result = new SiteBuilder().build(new BuildRequest(content, "content", Fixtures.THEME, out, now, true));
        assertThat(result.published()).as(result.load().diagnostics().toString()).isTrue();
        return out;
    }

    @Test
    void noCanaryInAnyOutput(@TempDir Path tmp) throws Exception {
        Path out = build(tmp.resolve("site"), Fixtures.NOW);
        Map<String, SortedSet<String>> found = CanaryScan.scan(out, planted, true);
        try (var files = Files.walk(out)) {
            System.out.println("GATE leaks: " + files.filter(Files::isRegularFile).count()
                    + " output files scanned (with PDFs), " + found.size() + " canary words found");
        }
        assertThat(found).as("canary words found in the output, with where").isEmpty();

        // Not vacuous: the public parts, their PDFs and the exempt item's line were published.
        String meeting = "meetings/2026/2026-02-05-cabinet/";
        for (String f : List.of("01-public-report/index.html", "01-public-report.pdf", "minutes/index.html",
                "minutes.pdf", "agenda-pack.pdf")) {
            assertThat(out.resolve(meeting + f)).exists();
        }
        assertThat(out.resolve("decisions/26-00010/index.html")).exists();
        assertThat(out.resolve("_search/lucene")).isDirectory();
        assertThat(out.resolve("_search/static/meta.json")).exists();
        assertThat(Files.readString(out.resolve(meeting + "index.html")))
                .contains("Confidential property matter")
                .contains("Exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972");
    }

    @Test
    void anEmbargoThatHasPassedPublishesThePaper(@TempDir Path tmp) throws Exception {
        Path out = build(tmp.resolve("site"), LATER);
        // The Lucene files' compressed bytes show only fragments; its terms are read instead.
        Map<String, SortedSet<String>> found = CanaryScan.scan(out, planted, false);

        Map<String, SortedSet<String>> neverPublic = new TreeMap<>(found);
        neverPublic.keySet().removeIf(LeakTest::clockHeld);
        assertThat(neverPublic).as("canaries that no clock may publish").isEmpty();

        Set<String> missing = new TreeSet<>(planted);
        missing.removeIf(w -> !clockHeld(w) || found.containsKey(w));
        assertThat(missing).as("clock-held canaries that did not appear once their time came").isEmpty();

        // The embargoed appendix, everywhere a published paper goes.
        SortedSet<String> places = new TreeSet<>();
        found.forEach((word, where) -> {
            if (word.startsWith("canaryembargobod")) { // its body, stemmed or not
                places.addAll(where);
            }
        });
        assertThat(places).contains(
                "bytes " + EMBARGOED + "/index.html",
                "pdf text " + EMBARGOED + ".pdf",
                "pdf text meetings/2026/2026-02-05-cabinet/agenda-pack.pdf",
                "lucene term body",
                "search canaryembargobody");
        assertThat(places).as("the static search shards: its terms and its excerpt")
                .anyMatch(p -> p.startsWith("bytes _search/static/t/"))
                .anyMatch(p -> p.startsWith("bytes _search/static/d/"));
        assertThat(found.get("canarynotissuedattachmenttext")).as("a supplied PDF's text, once its agenda is issued")
                .contains("bytes meetings/2026/2026-04-16-cabinet/01-canarynotissued-attachment.pdf",
                        "pdf text meetings/2026/2026-04-16-cabinet/agenda-pack.pdf",
                        "search canarynotissuedattachmenttext");
        assertThat(found.get("canaryembargotitle")).contains("bytes feed.xml", "bytes data/meetings.json");
        assertThat(found.get("canaryembargo")).as("its permanent address, from its file name")
                .contains("name " + EMBARGOED, "name " + EMBARGOED + ".pdf", "bytes sitemap.xml");
        assertThat(found.get("canarynotissueditemtitle")).contains("bytes data/meetings.json",
                "pdf text meetings/2026/2026-04-16-cabinet/agenda-pack.pdf");
    }

    private static boolean clockHeld(String word) {
        return CLOCK_HELD.stream().anyMatch(word::startsWith);
    }

    @Test
    void noCanaryWhenPacksExistForEveryMeeting() {
        AgendaPacks packs = new AgendaPacks(Map.of(
                "2026-02-05-cabinet", new PackLayout("2026-02-05-cabinet", 9, 900, Map.of("1", new PageRange(3, 9))),
                "2026-04-16-cabinet", new PackLayout("2026-04-16-cabinet", 2, 200, Map.of())));
        Map<String, byte[]> site = Fixtures.render("leak-canaries", Fixtures.NOW, packs);
        assertThat(site.keySet()).noneMatch(p -> p.toLowerCase(Locale.ROOT).contains("canar"));
        site.forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT))
                .as(path).doesNotContain("canar"));
        assertThat(new String(site.get("meetings/2026/2026-02-05-cabinet/index.html"), StandardCharsets.UTF_8))
                .contains("01-public-report.pdf");
    }
}
