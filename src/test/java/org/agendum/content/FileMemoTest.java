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
        FileMemo remembered = loadsAsCold(name, tmp, false);
        assertThat(remembered.hits()).as("unchanged files recalled").isGreaterThan(0);
    }

    /**
     * The same, told by a watcher which files changed (here: every path whose bytes differ
     * between the two trees, or that only one holds): the folder is not walked again and the
     * untouched files are not read, and the load is still the cold load.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void aLoadToldWhatChangedGivesTheColdLoadsModelAndDiagnostics(String name, @TempDir Path tmp) throws IOException {
        loadsAsCold(name, tmp, true);
    }

    /**
     * Loads the clean fixture, then the invalid fixture {@code name} with what that load
     * remembered (told what differs, or not), and checks it against a cold load of it.
     * The clean fixture is loaded from another folder: files are keyed as shown ("content/…").
     */
    private static FileMemo loadsAsCold(String name, Path tmp, boolean told) throws IOException {
        Path content = Fixtures.minimalWith(name, tmp.resolve("now"));
        LoadResult cold = new ContentLoader(PROCESSOR).load(content, "content");

        Path before = Fixtures.minimalWith(null, tmp.resolve("before"));
        MarkdownMemo markdown = new MarkdownMemo(PROCESSOR);
        FileMemo files = new FileMemo();
        assertThat(new ContentLoader(markdown, files).load(before, "content").hasErrors()).isFalse();

        FileMemo remembered = files.next();
        ContentChanges changes = told ? ContentChanges.only(differences(before, content)) : ContentChanges.UNKNOWN;
        LoadResult again = new ContentLoader(markdown.next(), remembered, changes).load(content, "content");

        assertThat(again.diagnostics()).isEqualTo(cold.diagnostics());
        assertThat(again.model()).isEqualTo(cold.model());
        return remembered;
    }

    /** Paths under {@code now} whose bytes differ from those under {@code before}, or that only one holds. */
    private static java.util.Set<Path> differences(Path before, Path now) throws IOException {
        java.util.Set<Path> rel = new java.util.TreeSet<>();
        for (Path root : java.util.List.of(before, now)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> !p.equals(root)).forEach(p -> rel.add(root.relativize(p)));
            }
        }
        java.util.Set<Path> touched = new java.util.HashSet<>();
        for (Path r : rel) {
            Path a = before.resolve(r);
            Path b = now.resolve(r);
            boolean same = Files.isRegularFile(a, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(b, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))
                    || Files.isDirectory(a, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && Files.isDirectory(b, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!same) {
                touched.add(b);
            }
        }
        return touched;
    }

    /**
     * What a load told of the changes trusts: a file nobody reported is recalled without being
     * read; reported, it is read; a link or a new folder reported makes the load walk the
     * folder again, and a walk that found a problem is walked again next time, so the problem
     * is said every time.
     */
    @Test
    void untouchedFilesAreNotReadAndAnythingButAFileIsWalked(@TempDir Path tmp) throws IOException {
        Path content = Fixtures.minimalWith(null, tmp.resolve("in"));
        Path paper = content.resolve("meetings/2018/2018-03-08-test-committee/03-rates.md");
        MarkdownMemo markdown = new MarkdownMemo(PROCESSOR);
        FileMemo files = new FileMemo();
        LoadResult first = new ContentLoader(markdown, files).load(content, "content");
        assertThat(first.hasErrors()).isFalse();

        Files.writeString(paper, "\nAn unreported line.\n", java.nio.file.StandardOpenOption.APPEND);
        files = files.next();
        LoadResult unreported = new ContentLoader(markdown, files, ContentChanges.only(java.util.Set.of())).load(content, "content");
        assertThat(unreported.model()).as("not read: nobody said it changed").isEqualTo(first.model());

        files = files.next();
        LoadResult reported = new ContentLoader(markdown, files, ContentChanges.only(java.util.Set.of(paper))).load(content, "content");
        assertThat(reported.model()).isNotEqualTo(first.model())
                .isEqualTo(new ContentLoader(PROCESSOR).load(content, "content").model());

        Path link = content.resolve("meetings/2018/2018-03-08-test-committee/09-link.md");
        Files.createSymbolicLink(link, paper);
        files = files.next();
        LoadResult linked = new ContentLoader(markdown, files, ContentChanges.only(java.util.Set.of(link))).load(content, "content");
        assertThat(linked.diagnostics()).anyMatch(d -> d.message().startsWith("symbolic links are not allowed"));
        files = files.next();
        LoadResult still = new ContentLoader(markdown, files, ContentChanges.only(java.util.Set.of())).load(content, "content");
        assertThat(still.diagnostics()).isEqualTo(linked.diagnostics());
        Files.delete(link);

        Path folder = content.resolve("meetings/2018/2018-04-01-test-committee");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt.md"), "no front matter");
        files = files.next();
        LoadResult newFolder = new ContentLoader(markdown, files, ContentChanges.only(java.util.Set.of(folder, link)))
                .load(content, "content");
        assertThat(newFolder.diagnostics()).as("the folder's file was found by walking, not by being told")
                .isEqualTo(new ContentLoader(PROCESSOR).load(content, "content").diagnostics())
                .anyMatch(d -> d.position().toString().contains("2018-04-01-test-committee"));
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
