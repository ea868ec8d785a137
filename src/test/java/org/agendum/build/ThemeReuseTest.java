package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agendum.render.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One builder, several builds (as {@code serve --watch} runs them): the parsed templates are
 * reused only while the web theme is byte for byte the same; an edited template or asset
 * shows in the very next build.
 */
class ThemeReuseTest {

    @TempDir
    Path dir;

    @Test
    void anEditedTemplateOrStylesheetShowsInTheNextBuildOfTheSameBuilder() throws Exception {
        Path theme = dir.resolve("templates");
        org.agendum.testing.Fixtures.copyTree(Fixtures.THEME, theme);
        Path out = dir.resolve("site");
        SiteBuilder builder = new SiteBuilder();
        BuildRequest request = new BuildRequest(Fixtures.content("web-basic"), "content", theme, out, Fixtures.NOW, false)
                .withCache(true);

        assertThat(builder.build(request).published()).isTrue();
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("THEME-EDIT-MARKER");

        Path layout = theme.resolve("layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("</body>", "<!-- THEME-EDIT-MARKER --></body>"));
        assertThat(builder.build(request).published()).isTrue();
        assertThat(Files.readString(out.resolve("index.html"))).contains("THEME-EDIT-MARKER");

        Path css = theme.resolve("assets/site.css");
        Files.writeString(css, Files.readString(css) + "\n/* edited */\n");
        assertThat(builder.build(request).published()).isTrue();
        String cssFile;
        try (Stream<Path> assets = Files.list(out.resolve("assets"))) {
            cssFile = assets.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".css")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(out.resolve("assets").resolve(cssFile))).endsWith("/* edited */\n");
        assertThat(Files.readString(out.resolve("index.html"))).contains(cssFile);
    }
}
