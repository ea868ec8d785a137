package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.agendum.content.markdown.MarkdownMemo;
import org.agendum.content.markdown.MarkdownProcessor;
import org.agendum.pdf.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown memo a build prepares while it waits for its search index takes effect only
 * when the build remembers what it published: a build that stops before leaves the last memo
 * as it was, and no temporary file beside it.
 */
class BuildCacheTest {

    @TempDir
    Path dir;

    @Test
    void aPreparedMemoReplacesTheLastOnlyWhenTheBuildIsRemembered() throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        BuildRequest request = new BuildRequest(fixture.content, "content", PdfFixture.THEME, dir.resolve("site"),
                PdfFixture.NOW, false).withCache(true);
        assertThat(new SiteBuilder().build(request).published()).isTrue();
        Path memo = request.cache().resolve("markdown");
        Map<String, String> last = snapshot(memo);
        assertThat(last).isNotEmpty();
        MarkdownMemo other = new MarkdownMemo(new MarkdownProcessor());
        other.process("A paper no build has read.", false);

        try (BuildCache cache = BuildCache.open(request, "code")) {
            cache.prepare(other, Set.of("A paper no build has read."));
            // the build fails here: nothing is remembered
        }
        assertThat(snapshot(memo)).as("no temporary file left either").isEqualTo(last);

        MarkdownMemo empty = new MarkdownMemo(new MarkdownProcessor());

        try (BuildCache cache = BuildCache.open(request, "code")) {
            cache.prepare(empty, Set.of());
            cache.remember(new SitePublisher.Published(Map.of(), Map.of(), Map.of()), "salt", empty, Set.of());
        }
        assertThat(snapshot(memo)).as("nothing public was read: nothing kept").isEmpty();
    }

    /** File name → bytes (as Latin-1 text, so that maps of them compare by content). */
    private static Map<String, String> snapshot(Path dir) throws java.io.IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        DeterminismTest.tree(dir).forEach((k, v) -> out.put(k, new String(v, java.nio.charset.StandardCharsets.ISO_8859_1)));
        return out;
    }
}
