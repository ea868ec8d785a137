package org.agendum.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeAssetsTest {

    @Test
    void namesCarryAHashOfTheBytes(@TempDir Path theme) throws Exception {
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("assets/site.css"), "body{}");
        Files.writeString(theme.resolve("assets/.DS_Store"), "junk");
        ThemeAssets assets = ThemeAssets.load(theme);
        String url = assets.urls().get("site.css");
        assertThat(url).matches("assets/site\\.[0-9a-f]{10}\\.css");
        assertThat(assets.files()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(url);
            assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).isEqualTo("body{}");
        });
        Files.writeString(theme.resolve("assets/site.css"), "body{color:red}");
        assertThat(ThemeAssets.load(theme).urls().get("site.css")).isNotEqualTo(url);
    }

    @Test
    void theDefaultThemeHasItsStylesheetAndScript() throws Exception {
        assertThat(ThemeAssets.load(Fixtures.THEME).urls()).containsKeys("site.css", "site.js");
    }
}
