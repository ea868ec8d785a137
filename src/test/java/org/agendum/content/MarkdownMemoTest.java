package org.agendum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.content.markdown.MarkdownMemo;
import org.agendum.content.markdown.MarkdownMemoFiles;
import org.agendum.content.markdown.MarkdownProcessor;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A remembered Markdown result is the result: the same as processing the text again, after
 * a trip through the build cache's bytes, and with its problems reported at the lines the
 * value has now, not where it was when it was remembered.
 */
class MarkdownMemoTest {

    private static final MarkdownProcessor PROCESSOR = new MarkdownProcessor();

    @Property(tries = 200)
    void rememberedResultsEqualFreshOnesAcrossTheDiskFormat(@ForAll("markdown") String source,
            @ForAll boolean minutesAllowed) throws IOException {
        inTemporaryFolder(dir -> roundTrip(source, minutesAllowed, dir));
    }

    private interface FolderUse {
        void in(Path dir) throws IOException;
    }

    /** jqwik has no temporary folder per try: each try makes and removes its own. */
    private static void inTemporaryFolder(FolderUse use) throws IOException {
        Path dir = Files.createTempDirectory("memo");
        try {
            use.in(dir);
        } finally {
            org.agendum.build.incremental.CacheFolder.empty(dir);
            Files.delete(dir);
        }
    }

    private static void roundTrip(String source, boolean minutesAllowed, Path dir) throws IOException {
        MarkdownProcessor.Result fresh = PROCESSOR.process(source, minutesAllowed);
        MarkdownMemo memo = new MarkdownMemo(PROCESSOR);
        assertThat(memo.process(source, minutesAllowed)).isEqualTo(fresh);
        assertThat(memo.process(source, minutesAllowed)).isEqualTo(fresh);

        MarkdownMemoFiles.open(dir, "code").write(memo, java.util.Set.of(source)).commit();
        MarkdownMemo reread = MarkdownMemoFiles.open(dir, "code").memo((s, m) -> {
            throw new AssertionError("should have been remembered: " + s);
        });
        if (!source.isBlank()) {
            assertThat(reread.process(source, minutesAllowed)).isEqualTo(fresh);
            assertThat(reread.hits()).isEqualTo(1);
            // what each value was made from, for view digests: the same after the trip, and
            // different for the same text read with the other flag
            String origin = memo.process(source, minutesAllowed).markdown().madeFrom();
            assertThat(origin).isNotNull();
            assertThat(reread.process(source, minutesAllowed).markdown().madeFrom()).isEqualTo(origin);
            assertThat(memo.process(source, !minutesAllowed).markdown().madeFrom()).isNotEqualTo(origin);
            assertThat(memo.process(source + "!", minutesAllowed).markdown().madeFrom()).isNotEqualTo(origin);
        }
    }

    @Property(tries = 50)
    void onlyTheSourcesSaidToBePublicAreWritten(@ForAll("markdown") String a, @ForAll("markdown") String b)
            throws IOException {
        inTemporaryFolder(dir -> onlyPublicWritten(a, b, dir));
    }

    private static void onlyPublicWritten(String a, String b, Path dir) throws IOException {
        String shown = "shown " + a;
        String secret = "secret " + b;
        MarkdownMemo memo = new MarkdownMemo(PROCESSOR);
        memo.process(shown, false);
        memo.process(secret, true);
        MarkdownMemoFiles.open(dir, "code").write(memo, java.util.Set.of(shown)).commit();
        MarkdownMemo reread = MarkdownMemoFiles.open(dir, "code").memo(PROCESSOR);
        reread.process(shown, false);
        reread.process(secret, true);
        assertThat(reread.hits()).isEqualTo(1);
        assertThat(reread.misses()).isEqualTo(1);
        assertThat(allBytes(dir)).doesNotContain("secret");
    }

    private static String allBytes(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                all.append(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Property(tries = 50)
    void theNextBuildKeepsOnlyWhatThisOneRead(@ForAll("markdown") String a, @ForAll("markdown") String b) {
        MarkdownMemo first = new MarkdownMemo(PROCESSOR);
        first.process("kept " + a, false);
        first.process("dropped " + b, false);
        MarkdownMemo second = first.next();
        second.process("kept " + a, false);
        MarkdownMemo third = second.next();
        third.process("dropped " + b, false);
        third.process("kept " + a, false);
        assertThat(third.misses()).isEqualTo(1);
        assertThat(third.hits()).isEqualTo(1);
    }

    static Stream<String> invalidCases() throws IOException {
        try (Stream<Path> s = Files.list(Fixtures.INVALID)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /**
     * Every invalid fixture loads to the same model and diagnostics with a memo that was
     * filled while every Markdown file's body sat three lines lower in its file.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void aWarmMemoGivesTheColdLoadsModelAndDiagnostics(String name, @TempDir Path tmp) throws IOException {
        Path content = Fixtures.minimalWith(name, tmp.resolve("now"));
        LoadResult cold = new ContentLoader(PROCESSOR).load(content, "content");

        Path moved = Fixtures.minimalWith(name, tmp.resolve("before"));
        List<Path> markdownFiles;
        try (Stream<Path> walk = Files.walk(moved)) {
            markdownFiles = walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
        for (Path md : markdownFiles) {
            byte[] bytes = Files.readAllBytes(md); // as bytes: one fixture is not UTF-8 on purpose
            String start = new String(bytes, 0, Math.min(4, bytes.length), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (start.equals("---\n")) {
                ByteArrayOutputStream shifted = new ByteArrayOutputStream();
                shifted.writeBytes("---\n# a comment\n# moves\n# the body\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                shifted.write(bytes, 4, bytes.length - 4);
                Files.write(md, shifted.toByteArray());
            }
        }
        MarkdownMemo memo = new MarkdownMemo(PROCESSOR);
        new ContentLoader(memo).load(moved, "content");
        MarkdownMemo warm = memo.next();
        LoadResult again = new ContentLoader(warm).load(content, "content");

        assertThat(again.diagnostics()).isEqualTo(cold.diagnostics());
        assertThat(again.model()).isEqualTo(cold.model());
        assertThat(warm.hits()).as("the memo was used").isGreaterThan(0);
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.of("# Title\n", "## 1. Minute {minute=12 item=3}\n", "text ", "**bold** ",
                "| A | B |\n|---|---|\n| 1 | 2 |\n", "<script>x</script>", "[link](javascript:alert(1)) ",
                "https://www.kent.gov.uk ", "{#id .c}", "\n\n", "- item\n", "£1,200 ", "<b>ok</b>", "## Heading\n");
        return pieces.list().ofMaxSize(25).map(l -> String.join("", l));
    }
}
