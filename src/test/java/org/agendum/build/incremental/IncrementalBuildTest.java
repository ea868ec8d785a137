package org.agendum.build.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.agendum.build.BuildRequest;
import org.agendum.build.BuildResult;
import org.agendum.build.SiteBuilder;
import org.agendum.pdf.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build gives the same bytes as a full build into an empty folder, whatever
 * was edited in between: papers edited, added and deleted, a committee changed, a web and a
 * print template changed. The edit order is shuffled by a fixed seed.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private Path theme;
    private PdfFixture fixture;
    private int fullBuilds;
    private final List<String> edited = new ArrayList<>();

    /** Set for the serve --watch run: one builder for the whole sequence, as serve keeps one. */
    private SiteBuilder watch;

    @Test
    void randomEditSequenceGivesTheSameTreeAsAFullBuild() throws Exception {
        editSequence();
    }

    /**
     * The same with one builder for the whole sequence (its Markdown memo, loaded files and
     * templates in memory), as {@code serve --watch} does.
     */
    @Test
    void randomEditSequenceInPlaceGivesTheSameTreeAsAFullBuild() throws Exception {
        watch = SiteBuilder.forPreview();
        editSequence();
        BuildResult again = buildAndCompare(dir.resolve("inc/site"));
        assertThat(again.stages().get(0).stage()).as("files recalled, not parsed").containsPattern("\\(\\d\\d+ files unchanged");
    }

    /**
     * The same as {@code serve --watch} runs it, told by its watcher which paths each edit
     * touched (here by comparing the content tree before and after, as exactly as inotify
     * reports it, folders included): the files nobody touched are not read again.
     */
    @Test
    void randomEditSequenceToldByAWatcherGivesTheSameTreeAsAFullBuild() throws Exception {
        watch = SiteBuilder.forPreview();
        watcher = new TreeDiff();
        editSequence();
        BuildResult again = buildAndCompare(dir.resolve("inc/site"));
        assertThat(again.stages().get(0).stage()).as("files recalled, not parsed").containsPattern("\\(\\d\\d+ files unchanged");
    }

    /** Set for the watched run: what changed in the content folder since the last build. */
    private TreeDiff watcher;

    /** A test's file watcher: the paths created, changed or deleted between two looks at a tree. */
    private static final class TreeDiff {
        private Map<Path, String> last;

        org.agendum.content.ContentChanges since(Path root) throws IOException {
            Map<Path, String> now = new TreeMap<>();
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.toList()) {
                    now.put(p.toAbsolutePath().normalize(), Files.isDirectory(p) ? "folder" : Hashes.of(Files.readAllBytes(p)));
                }
            }
            Map<Path, String> before = last;
            last = now;
            if (before == null) {
                return org.agendum.content.ContentChanges.UNKNOWN;
            }
            java.util.Set<Path> touched = new java.util.HashSet<>();
            now.forEach((p, d) -> {
                if (!d.equals(before.get(p))) {
                    touched.add(p);
                }
            });
            before.keySet().stream().filter(p -> !now.containsKey(p)).forEach(touched::add);
            return org.agendum.content.ContentChanges.only(touched);
        }
    }

    private void editSequence() throws Exception {
        fixture = PdfFixture.copy(dir);
        theme = dir.resolve("templates");
        org.agendum.testing.Fixtures.copyTree(PdfFixture.THEME, theme);
        FixtureEdits edits = new FixtureEdits(fixture.content, theme);
        Path out = dir.resolve("inc/site");

        buildAndCompare(out);
        List<FixtureEdits.Edit> sequence = new ArrayList<>(edits.all());
        java.util.Collections.shuffle(sequence, new Random(7));
        for (FixtureEdits.Edit edit : sequence) {
            edit.apply();
            edited.add(edit.name());
            buildAndCompare(out);
        }
        // and a build with nothing changed carries every file over as it is, and reads its
        // Markdown from the cache (all but the unpublished values, which are never kept there)
        Map<String, Object> before = fileKeys(out);
        BuildResult again = buildAndCompare(out);
        assertThat(fileKeys(out)).isEqualTo(before);
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile("Markdown: (\\d+) processed, (\\d+) remembered")
                .matcher(again.stages().get(0).stage());
        assertThat(counts.find()).isTrue();
        assertThat(Integer.parseInt(counts.group(2))).isGreaterThan(Integer.parseInt(counts.group(1)));
        int[] pages = pageCounts(again);
        assertThat(pages[0]).as("pages rendered with nothing changed").isZero();
        assertThat(pages[1]).as("pages kept").isGreaterThan(5);
    }

    /** The pdf-pack fixture with the real theme, built once with its cache into {@code inc/site}. */
    private Path firstBuild() throws Exception {
        fixture = PdfFixture.copy(dir);
        theme = PdfFixture.THEME;
        Path out = dir.resolve("inc/site");
        buildAndCompare(out);
        return out;
    }

    /**
     * {pages rendered, pages kept} from the render stages' lines of {@code build --timings}
     * (a preview build renders its pages, then its feeds and calendars, in two stages).
     */
    private static int[] pageCounts(BuildResult r) {
        java.util.regex.Pattern counts = java.util.regex.Pattern.compile(
                "\\((\\d+) (?:pages|calendars|pages and calendars) rendered, (\\d+) kept\\)");
        int[] sum = new int[2];
        List<String> render = r.stages().stream().map(BuildResult.StageTime::stage).filter(s -> s.startsWith("render")).toList();
        assertThat(render).isNotEmpty();
        for (String stage : render) {
            java.util.regex.Matcher m = counts.matcher(stage);
            assertThat(m.find()).as(stage).isTrue();
            sum[0] += Integer.parseInt(m.group(1));
            sum[1] += Integer.parseInt(m.group(2));
        }
        return sum;
    }

    /**
     * A page is kept only while its live file is the one the last build wrote: a page changed
     * or deleted by hand in the output folder is rendered again, staged or in place.
     */
    @Test
    void aLivePageTouchedByHandIsRenderedAgain() throws Exception {
        Path out = firstBuild();
        Path paper = out.resolve("meetings/2018/2018-03-08-test-committee/03-rates/index.html");
        Path home = out.resolve("index.html");
        assertThat(paper).isRegularFile();
        Files.writeString(paper, "tampered");
        Files.delete(home);
        assertThat(pageCounts(buildAndCompare(out))[0]).isEqualTo(2);

        watch = new SiteBuilder();
        Files.writeString(paper, "tampered again");
        assertThat(pageCounts(buildAndCompare(out))[0]).isEqualTo(1);
    }

    @Test
    void theCacheLivesBesideTheOutputAndNothingOfItIsServed() throws Exception {
        fixture = PdfFixture.copy(dir);
        Path out = dir.resolve("site");
        BuildResult r = new SiteBuilder().build(request(out, PdfFixture.NOW, PdfFixture.THEME).withCache(true));
        assertThat(r.published()).isTrue();
        Path cache = BuildRequest.defaultCache(out);
        assertThat(cache).isEqualTo(dir.resolve(".agendum/site"));
        assertThat(cache.resolve("manifest.bin")).isRegularFile();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(p -> out.relativize(p).toString())).noneMatch(p -> p.contains("manifest")
                    || p.startsWith(".agendum") || p.startsWith("_build"));
        }
        BuildManifest m = BuildManifest.read(cache.resolve("manifest.bin"));
        assertThat(m.outputs()).containsKey(PdfFixture.PACK);
        assertThat(m.inputs()).containsKey("content/site.yaml").containsKey("templates/paper.ftlh");
    }

    /** Two builds into one folder at once would mix their files: the second is refused before it touches anything. */
    @Test
    void aSecondBuildIntoTheSameFolderWaitsItsTurn() throws Exception {
        Path out = firstBuild();
        Map<String, String> before = digests(out);
        Path lockFile = BuildRequest.defaultCache(out).resolve("lock");
        try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(lockFile,
                java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock lock = held.lock()) {
            Files.writeString(fixture.content.resolve("site.yaml"),
                    Files.readString(fixture.content.resolve("site.yaml")).replace("Test County", "Other County"));
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> new SiteBuilder().build(request(out, PdfFixture.NOW, theme).withCache(true)))
                    .isInstanceOf(org.agendum.build.BuildFailure.class)
                    .hasMessageContaining("another build is writing");
            assertThat(digests(out)).isEqualTo(before);
        }
        buildAndCompare(out); // the lock is free again
    }

    private BuildResult buildAndCompare(Path out) throws Exception {
        BuildRequest request = request(out, PdfFixture.NOW, theme).withCache(true);
        Object folderBefore = Files.isDirectory(out) ? Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey() : null;
        BuildResult inc = watch == null ? new SiteBuilder().build(request)
                : watcher == null ? watch.build(request) : watch.build(request, watcher.since(fixture.content), () -> {});
        if (folderBefore != null) {
            assertThat(Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                    .as("updated in place, not swapped").isEqualTo(folderBefore);
        }
        assertThat(inc.published()).as("incremental build: %s", inc.load().diagnostics()).isTrue();
        Path full = dir.resolve("full-" + (++fullBuilds) + "/site");
        BuildResult whole = new SiteBuilder().build(request(full, PdfFixture.NOW, theme));
        assertThat(whole.published()).isTrue();
        Map<String, String> got = digests(out);
        Map<String, String> want = digests(full);
        Map<String, String> differing = new TreeMap<>();
        want.forEach((path, digest) -> {
            if (!digest.equals(got.get(path))) {
                differing.put(path, got.containsKey(path) ? "different bytes" : "missing");
            }
        });
        got.keySet().stream().filter(p -> !want.containsKey(p)).forEach(p -> differing.put(p, "left over"));
        assertThat(differing).as("after %s", edited).isEmpty();
        assertThat(LuceneContents.of(out)).as("search index after %s", edited).isEqualTo(LuceneContents.of(full));
        return inc;
    }

    private BuildRequest request(Path out, Instant now, Path templates) {
        return new BuildRequest(fixture.content, "content", templates, out, now, true);
    }

    /**
     * Every file's digest. The server-side Lucene index is left out, as in DeterminismTest:
     * Lucene stamps each segment with a random id, so two full builds differ there too, and
     * the index is updated in place by URL, so its segment files differ in name as well; its
     * documents are compared instead, by {@link LuceneContents}.
     */
    static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(f).toString();
                if (!path.startsWith("_search/lucene/")) {
                    out.put(path, Hashes.ofFile(f));
                }
            }
        }
        return out;
    }

    /**
     * Each file's identity on disk (inode): unchanged when carried over by a hard link. The
     * Lucene index commits a new generation on every build, so it is left out.
     */
    private static Map<String, Object> fileKeys(Path root) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (root.relativize(f).toString().startsWith("_search/lucene/")) {
                    continue;
                }
                out.put(root.relativize(f).toString(),
                        Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return out;
    }
}
