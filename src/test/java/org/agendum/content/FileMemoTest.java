package org.agendum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agendum.content.markdown.MarkdownMemo;
import org.agendum.content.markdown.MarkdownProcessor;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file recalled from the last load is the file loaded again: after a clean load, each
 * invalid fixture (one file broken, added or removed) loads to the same model and the same
 * diagnostics as a cold load, while the files it left alone are recalled, not parsed.
 */
class FileMemoTest {

    private static final MarkdownProcessor PROCESSOR = new MarkdownProcessor();

    static Stream<String> invalidCases() throws IOException {
        return MarkdownMemoTest.invalidCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void aRememberedLoadGivesTheColdLoadsModelAndDiagnostics(String name, @TempDir Path tmp) throws IOException {
        Path content = Fixtures.minimalWith(name, tmp.resolve("now"));
        LoadResult cold = new ContentLoader(PROCESSOR).load(content, "content");

        // the clean fixture first, loaded from another folder: the files are keyed as shown ("content/…")
        Path before = Fixtures.minimalWith(null, tmp.resolve("before"));
        MarkdownMemo markdown = new MarkdownMemo(PROCESSOR);
        FileMemo files = new FileMemo();
        LoadResult clean = new ContentLoader(markdown, files).load(before, "content");
        assertThat(clean.hasErrors()).isFalse();

        FileMemo remembered = files.next();
        LoadResult again = new ContentLoader(markdown.next(), remembered).load(content, "content");

        assertThat(again.diagnostics()).isEqualTo(cold.diagnostics());
        assertThat(again.model()).isEqualTo(cold.model());
        assertThat(remembered.hits()).as("unchanged files recalled").isGreaterThan(0);
    }

    /** Recalled files keep their Markdown in the memo the next build writes to the cache. */
    @Test
    void recalledFilesKeepTheirMarkdownRemembered(@TempDir Path tmp) throws IOException {
        Path content = Fixtures.minimalWith(null, tmp);
        MarkdownMemo markdown = new MarkdownMemo(PROCESSOR);
        FileMemo files = new FileMemo();
        LoadResult first = new ContentLoader(markdown, files).load(content, "content");
        int files1 = countFiles(content);

        MarkdownMemo markdown2 = markdown.next();
        FileMemo files2 = files.next();
        LoadResult second = new ContentLoader(markdown2, files2).load(content, "content");
        assertThat(second.model()).isEqualTo(first.model());
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(files2.hits()).as("every file recalled").isEqualTo(files1);
        assertThat(markdown2.misses()).isZero();

        // a third build still finds every value, though the second parsed none of them
        MarkdownMemo markdown3 = markdown2.next();
        new ContentLoader(markdown3, new FileMemo()).load(content, "content");
        assertThat(markdown3.misses()).isZero();
        assertThat(markdown3.hits()).isEqualTo(markdown.misses() + markdown.hits());
    }

    private static int countFiles(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return (int) walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).count();
        }
    }
}
