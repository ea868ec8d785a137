package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.agendum.render.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed build, for any reason, leaves the previously published site exactly as it was. */
class AtomicPublishTest {

    @Test
    void aTemplateErrorLeavesThePreviousSiteIntact(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Map<String, byte[]> before = DeterminismTest.build(out);

        Path theme = copyTheme(tmp.resolve("broken-theme"));
        Files.writeString(theme.resolve("paper.ftlh"), "<#import \"layout.ftlh\" as layout>\n"
                + "<@layout.page>\n<h1>${paper.noSuchField}</h1>\n</@layout.page>\n");
        BuildRequest broken = new BuildRequest(Fixtures.content("web-basic"), "content", theme, out,
                Fixtures.NOW.plusSeconds(86_400), false);
        assertThatThrownBy(() -> new SiteBuilder().build(broken))
                .isInstanceOf(BuildFailure.class)
                .hasMessageContaining("paper.ftlh:3:")
                .hasMessageContaining("content/meetings/2026/2026-01-15-cabinet/02-budget.md")
                .satisfies(e -> assertThat(((BuildFailure) e).stage()).isEqualTo("render"));

        assertThat(DeterminismTest.tree(out)).usingRecursiveComparison().isEqualTo(before);
        assertNoStagingLeftBeside(out);
    }

    /** A missing theme folder is said before the content is loaded (it took 10-14 s to say, for 5,000 papers). */
    @Test
    void aMissingThemeFolderIsReportedAtOnceAndTheSiteIsLeftAlone(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Map<String, byte[]> before = DeterminismTest.build(out);
        BuildRequest noTheme = new BuildRequest(tmp.resolve("no-such-content"), "content", tmp.resolve("no-theme"), out,
                Fixtures.NOW, false);
        // the content folder does not exist either: had it been loaded first, that would be the error
        assertThatThrownBy(() -> new SiteBuilder().build(noTheme))
                .isInstanceOf(BuildFailure.class)
                .hasMessageContaining("no-theme")
                .hasMessageContaining("there is no such folder");
        assertThat(DeterminismTest.tree(out)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void contentErrorsLeaveThePreviousSiteIntact(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Map<String, byte[]> before = DeterminismTest.build(out);
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), "title: [unclosed\n");
        BuildResult r = new SiteBuilder().build(new BuildRequest(content, "content", Fixtures.THEME, out,
                Fixtures.NOW, false));
        assertThat(r.published()).isFalse();
        assertThat(DeterminismTest.tree(out)).usingRecursiveComparison().isEqualTo(before);
        assertNoStagingLeftBeside(out);
    }

    @Test
    void aSuccessfulBuildReplacesTheWholeSite(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.html"), "left over from an old build");
        DeterminismTest.build(out);
        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(out.resolve("index.html")).exists();
        assertNoStagingLeftBeside(out);
    }

    /**
     * A full build replaces the site, deletes the old one, and clears what a killed build
     * left beside the output (a staging folder, an old site it had not deleted yet).
     */
    @Test
    void aFullBuildReplacesTheSiteAndClearsWhatAKilledBuildLeftBeside(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        DeterminismTest.build(out);
        for (String leftover : new String[] {".site.staging-123", ".site.old-456"}) {
            Files.createDirectories(tmp.resolve(leftover).resolve("meetings"));
            Files.writeString(tmp.resolve(leftover).resolve("meetings/index.html"), "stale");
        }
        Path unrelated = Files.createDirectories(tmp.resolve(".other.staging-1"));
        BuildRequest request = new BuildRequest(Fixtures.content("web-basic"), "content", Fixtures.THEME, out,
                Fixtures.NOW, false).withCache(false);
        assertThat(new SiteBuilder().build(request).published()).isTrue();
        assertNoStagingLeftBeside(out);
        assertThat(unrelated).as("another output's folders are not ours").isDirectory();
        assertThat(DeterminismTest.tree(out).keySet())
                .isEqualTo(DeterminismTest.build(tmp.resolve("again/site")).keySet());
    }

    private static void assertNoStagingLeftBeside(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site."))).isEmpty();
        }
    }

    private static Path copyTheme(Path to) throws Exception {
        try (Stream<Path> s = Files.walk(Fixtures.THEME)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(Fixtures.THEME.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
