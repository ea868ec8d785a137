package org.agendum.build.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.agendum.build.BuildRequest;
import org.agendum.build.BuildResult;
import org.agendum.build.SiteBuilder;
import org.agendum.content.ContentChanges;
import org.agendum.pdf.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cached PDF never outlives its paper's publication: when a later build (here: an earlier
 * {@code --now}, back before the embargo) makes the paper unpublished, its PDF leaves both the
 * site and the cache, and the pack no longer contains it. And a failed build keeps the
 * previous site and a usable cache.
 */
class CacheLeakTest {

    private static final String EMBARGOED = "meetings/2018/2018-03-08-test-committee/05-embargoed-report.pdf";
    private static final Instant AFTER_EMBARGO = Instant.parse("2030-06-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aPaperThatBecomesUnpublishedLeavesTheSiteAndTheCache() throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        Path out = dir.resolve("site");
        Path cache = BuildRequest.defaultCache(out);

        assertThat(build(fixture, out, AFTER_EMBARGO).published()).isTrue();
        assertThat(out.resolve(EMBARGOED)).isRegularFile();
        assertThat(cachedPdfTexts(cache)).anyMatch(t -> t.contains("EMBARGOMARKER"));

        assertThat(build(fixture, out, PdfFixture.NOW).published()).isTrue();
        assertThat(out.resolve(EMBARGOED)).doesNotExist();
        assertThat(String.join("\n", PdfFixture.pageTexts(Files.readAllBytes(out.resolve(PdfFixture.PACK)))))
                .doesNotContain("EMBARGOMARKER");
        assertThat(cachedPdfTexts(cache)).isNotEmpty().noneMatch(t -> t.contains("EMBARGOMARKER"));
        try (Stream<Path> all = Files.walk(cache)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("EMBARGOMARKER").doesNotContain("05-embargoed-report.pdf");
            }
        }

        Path full = dir.resolve("full/site");
        new SiteBuilder().build(new BuildRequest(fixture.content, "content", PdfFixture.THEME, full, PdfFixture.NOW, true));
        assertThat(IncrementalBuildTest.digests(out)).isEqualTo(IncrementalBuildTest.digests(full));
    }

    /** serve --watch updates the site in place: a paper that stops being public is deleted from it all the same. */
    @Test
    void inPlaceAPaperThatBecomesUnpublishedLeavesTheSite() throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        Path out = dir.resolve("site");
        SiteBuilder watch = new SiteBuilder();
        BuildRequest after = new BuildRequest(fixture.content, "content", PdfFixture.THEME, out, AFTER_EMBARGO, true)
                .withCache(true);
        assertThat(watch.build(after).published()).isTrue();
        assertThat(out.resolve(EMBARGOED)).isRegularFile();
        Object folder = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        BuildRequest before = new BuildRequest(fixture.content, "content", PdfFixture.THEME, out, PdfFixture.NOW, true)
                .withCache(true);
        assertThat(watch.build(before).published()).isTrue();
        assertThat(Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(folder);
        assertThat(out.resolve(EMBARGOED)).doesNotExist();
        assertNoFileHoldsTheEmbargoedText(out);
    }

    /**
     * serve --watch, told by its watcher which file changed: a paper made a draft by an edit
     * leaves every page, feed, calendar, sitemap, open-data file and index of the preview,
     * though the preview reloads its pages before it makes the feeds and reads only the files
     * the watcher names.
     */
    @Test
    void aPreviewToldOfAnEditThatMakesAPaperADraftDropsItEverywhere() throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        Path out = dir.resolve("site");
        Path paper = fixture.content.resolve("meetings/2018/2018-03-08-test-committee/05-embargoed-report.md");
        SiteBuilder preview = SiteBuilder.forPreview();
        BuildRequest request = new BuildRequest(fixture.content, "content", PdfFixture.THEME, out, AFTER_EMBARGO, false)
                .withCache(true);
        assertThat(preview.build(request, ContentChanges.UNKNOWN, () -> {}).published()).isTrue();
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html"))
                    .anyMatch(f -> read(f).contains("EMBARGOMARKER"))).as("published while public").isTrue();
        }

        Files.writeString(paper, Files.readString(paper).replaceFirst("---\n", "---\ndraft: true\n"));
        BuildResult again = preview.build(request, ContentChanges.only(java.util.Set.of(paper)), () -> {});
        assertThat(again.published()).as("%s", again.load().diagnostics()).isTrue();
        assertNoFileHoldsTheEmbargoedText(out);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A forced full build ({@code --no-incremental}) over the live site updates it in place too,
     * trusting no manifest: the page and PDF of a paper that stopped being public go, and no
     * file keeps its text.
     */
    @Test
    void aFullBuildOverTheLiveSiteDropsAPaperThatBecameUnpublished() throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        Path out = dir.resolve("site");
        assertThat(new SiteBuilder().build(new BuildRequest(fixture.content, "content", PdfFixture.THEME, out,
                AFTER_EMBARGO, true).withCache(false)).published()).isTrue();
        assertThat(out.resolve(EMBARGOED)).isRegularFile();
        Object folder = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        assertThat(new SiteBuilder().build(new BuildRequest(fixture.content, "content", PdfFixture.THEME, out,
                PdfFixture.NOW, true).withCache(false)).published()).isTrue();
        assertThat(Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("updated in place, not swapped").isEqualTo(folder);
        assertThat(out.resolve(EMBARGOED)).doesNotExist();
        assertNoFileHoldsTheEmbargoedText(out);
    }

    private static void assertNoFileHoldsTheEmbargoedText(Path out) throws Exception {
        try (Stream<Path> all = Files.walk(out)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("EMBARGOMARKER");
            }
        }
    }

    @Test
    void aFailedBuildKeepsThePreviousSiteAndTheNextBuildIsStillRight() throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        Path out = dir.resolve("site");
        assertThat(build(fixture, out, PdfFixture.NOW).published()).isTrue();
        var before = IncrementalBuildTest.digests(out);

        Path meeting = fixture.content.resolve("meetings/2018/2018-03-08-test-committee/meeting.yaml");
        String good = Files.readString(meeting);
        Files.writeString(meeting, good.replace("date: 2018-03-08", "date: 2018-02-31"));
        assertThat(build(fixture, out, PdfFixture.NOW).published()).isFalse();
        assertThat(IncrementalBuildTest.digests(out)).isEqualTo(before);

        Files.writeString(meeting, good.replace("Council Chamber", "Committee Room 1"));
        assertThat(build(fixture, out, PdfFixture.NOW).published()).isTrue();
        Path full = dir.resolve("full/site");
        new SiteBuilder().build(new BuildRequest(fixture.content, "content", PdfFixture.THEME, full, PdfFixture.NOW, true));
        assertThat(IncrementalBuildTest.digests(out)).isEqualTo(IncrementalBuildTest.digests(full));
    }

    private static BuildResult build(PdfFixture fixture, Path out, Instant now) throws Exception {
        return new SiteBuilder().build(
                new BuildRequest(fixture.content, "content", PdfFixture.THEME, out, now, true).withCache(true));
    }

    private static java.util.List<String> cachedPdfTexts(Path cache) throws Exception {
        java.util.List<String> texts = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(cache.resolve("pdf"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                texts.add(String.join("\n", PdfFixture.pageTexts(Files.readAllBytes(f))));
            }
        }
        return texts;
    }
}
