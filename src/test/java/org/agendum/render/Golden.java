package org.agendum.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole-file golden comparison. Run with {@code -Dagendum.updateGolden=true} to rewrite the
 * golden files from the current output, then review the diff in git before committing.
 */
public final class Golden {

    static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    public static void assertMatches(String goldenPath, String actual) throws IOException {
        Path file = ROOT.resolve(goldenPath);
        if (Boolean.getBoolean("agendum.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s is missing; run with -Dagendum.updateGolden=true", file).exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(actual).as("output differs from golden file %s (rerun with -Dagendum.updateGolden=true and review the diff)", file)
                .isEqualTo(expected);
    }
}
