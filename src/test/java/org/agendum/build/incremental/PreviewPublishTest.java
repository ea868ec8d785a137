package org.agendum.build.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agendum.build.BuildRequest;
import org.agendum.build.BuildResult;
import org.agendum.build.SiteBuilder;
import org.agendum.pdf.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch}'s builder reloads the clerk's page as soon as the page is live: at
 * that moment the edited page is on disk and the search index is still the last one; when
 * the build returns, the index has the edit too. A one-off build calls back only when all is live.
 */
class PreviewPublishTest {

    private static final String PAPER = "meetings/2018/2018-03-08-test-committee/03-rates";
    private static final String WORD = "xylophon"; // "xylophones", as the English analyser stems it

    @TempDir
    Path dir;

    @Test
    void pagesGoLiveAndReloadBeforeTheSearchIndex() throws Exception {
        SiteBuilder preview = SiteBuilder.forPreview();
        BuildRequest request = builtThenEdited(preview);
        Path out = request.out();
        List<String> atReload = new ArrayList<>();
        BuildResult r = preview.build(request, () -> {
            try {
                atReload.add(Files.readString(out.resolve(PAPER + "/index.html")));
                atReload.addAll(searchFilesWith(out));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });

        assertThat(r.published()).isTrue();
        assertThat(atReload).hasSize(1).first().asString().contains("xylophones need repair");
        assertThat(searchFilesWith(out)).as("the index, once the build has returned").isNotEmpty();
    }

    @Test
    void aOneOffBuildCallsBackWithTheIndexLiveToo() throws Exception {
        BuildRequest request = builtThenEdited(new SiteBuilder());
        List<String> atCallback = new ArrayList<>();
        new SiteBuilder().build(request, () -> {
            try {
                atCallback.addAll(searchFilesWith(request.out()));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(atCallback).isNotEmpty();
    }

    /** The fixture built once by {@code builder} with its cache, then a sentence added to a paper. */
    private BuildRequest builtThenEdited(SiteBuilder builder) throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        BuildRequest request = new BuildRequest(fixture.content, "content", PdfFixture.THEME, dir.resolve("site"),
                PdfFixture.NOW, false).withCache(true);
        assertThat(builder.build(request).published()).isTrue();
        assertThat(searchFilesWith(request.out())).isEmpty();
        Files.writeString(fixture.content.resolve(PAPER + ".md"), "\n\nThe band's xylophones need repair.\n",
                StandardOpenOption.APPEND);
        return request;
    }

    /** The static search files whose text holds {@link #WORD}. */
    private static List<String> searchFilesWith(Path out) throws IOException {
        Path index = out.resolve("_search/static");
        try (Stream<Path> files = Files.walk(index)) {
            List<String> hits = new ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains(WORD)) {
                    hits.add(index.relativize(f).toString());
                }
            }
            return hits;
        }
    }
}
