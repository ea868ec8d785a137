package org.agendum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agendum.content.markdown.MarkdownProcessor;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code agendum check} skips rendering Markdown; it must still find exactly what a build finds. */
class CheckOnlyTest {

    static Stream<String> sites() throws IOException {
        return Stream.concat(Stream.of("(seeds)", "(minimal)"), MarkdownMemoTest.invalidCases());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void checkingWithoutRenderingReportsWhatABuildReports(String name, @TempDir Path tmp) {
        Path content = switch (name) {
            case "(seeds)" -> Path.of("content");
            case "(minimal)" -> Fixtures.minimalWith(null, tmp);
            default -> Fixtures.minimalWith(name, tmp);
        };
        LoadResult build = new ContentLoader(new MarkdownProcessor()).load(content, "content");
        LoadResult check = new ContentLoader(new MarkdownProcessor(false)).load(content, "content");
        assertThat(check.diagnostics()).isEqualTo(build.diagnostics());
    }
}
