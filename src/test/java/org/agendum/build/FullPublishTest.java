package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.agendum.render.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full build over a live site updates it in place, and leaves exactly the tree a build
 * into an empty folder makes: changed files replaced, missing ones written, everything else
 * deleted; files that are already right are not written again.
 */
class FullPublishTest {

    private static final String FOLDER = "meetings/2026/2026-01-15-cabinet/02-budget";
    private static final String PAGE = FOLDER + "/index.html";
    private static final String OTHER = "meetings/2026/2026-01-15-cabinet/index.html";

    @Test
    void aFullBuildOverALiveSiteLeavesTheTreeOfAFreshOne(@TempDir Path tmp) throws Exception {
        Map<String, byte[]> fresh = DeterminismTest.build(tmp.resolve("fresh/site"));
        Path out = tmp.resolve("live/site");
        fullBuild(out);

        // a site someone has touched: an edited page, a removed one, stray files and folders
        Files.writeString(out.resolve(PAGE), "edited by hand");
        Files.delete(out.resolve("index.html"));
        Files.writeString(out.resolve("stray.html"), "not ours");
        Files.createDirectories(out.resolve("old-section/deeper"));
        Files.writeString(out.resolve("old-section/deeper/page.html"), "not ours either");
        Files.createDirectories(out.resolve("empty-folder"));
        Path untouched = out.resolve("meetings/index.html");
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(untouched, longAgo);

        fullBuild(out);

        Map<String, byte[]> after = DeterminismTest.tree(out);
        assertThat(after.keySet()).isEqualTo(fresh.keySet());
        fresh.forEach((path, bytes) -> {
            if (!path.startsWith("_search/lucene/")) { // random segment ids, see DeterminismTest
                assertThat(after.get(path)).as(path).isEqualTo(bytes);
            }
        });
        assertThat(out.resolve("old-section")).doesNotExist();
        assertThat(out.resolve("empty-folder")).doesNotExist();
        assertThat(Files.getLastModifiedTime(untouched)).as("a right file is left alone").isEqualTo(longAgo);
        try (var beside = Files.list(out.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", ".agendum");
        }
    }

    /**
     * A folder where a page now goes, or a file where a folder of pages does, cannot be
     * renamed over: such a build is staged and swapped in, with the same result.
     */
    @Test
    void aFolderWhereAPageGoesOrAFileWhereAFolderGoesIsReplacedToo(@TempDir Path tmp) throws Exception {
        Map<String, byte[]> fresh = DeterminismTest.build(tmp.resolve("fresh/site"));
        Path out = tmp.resolve("site");
        fullBuild(out);
        Files.delete(out.resolve(OTHER));
        Files.createDirectories(out.resolve(OTHER).resolve("inside"));
        Files.writeString(out.resolve(OTHER).resolve("inside/x.html"), "x");

        fullBuild(out);
        assertThat(out.resolve(OTHER)).isRegularFile();
        assertThat(DeterminismTest.tree(out).keySet()).isEqualTo(fresh.keySet());

        try (var s = Files.walk(out.resolve(FOLDER))) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(out.resolve(FOLDER), "a file where a folder goes");

        fullBuild(out);
        assertThat(out.resolve(PAGE)).isRegularFile();
        assertThat(DeterminismTest.tree(out).keySet()).isEqualTo(fresh.keySet());
    }

    private static void fullBuild(Path out) throws Exception {
        BuildRequest request = new BuildRequest(Fixtures.content("web-basic"), "content", Fixtures.THEME, out,
                Fixtures.NOW, false).withCache(false);
        assertThat(new SiteBuilder().build(request).published()).isTrue();
    }
}
