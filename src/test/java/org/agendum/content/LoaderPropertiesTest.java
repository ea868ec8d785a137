package org.agendum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.agendum.content.markdown.MarkdownProcessor;
import org.agendum.model.Diagnostic;
import org.agendum.testing.Fixtures;

/**
 * Whatever bytes or YAML a clerk (or an attacker) puts in a content file, the loader never
 * throws: it returns diagnostics, each with a position inside the content folder.
 */
class LoaderPropertiesTest {

    private static final String MEETING = "meetings/2018/2018-03-08-test-committee/";
    private final ContentLoader loader = new ContentLoader(new MarkdownProcessor());
    private Path dir;
    private Path content;

    @BeforeProperty
    void makeSite() throws IOException {
        dir = Files.createTempDirectory("agendum-prop-");
        content = Fixtures.minimalWith(null, dir);
    }

    @AfterProperty
    void removeSite() throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 150)
    void arbitraryBytesInAnyKindOfFileGiveDiagnosticsNotExceptions(
            @ForAll("targets") String target, @ForAll byte[] bytes) throws IOException {
        Files.write(content.resolve(target), bytes);
        LoadResult r = loader.load(content, "content");
        assertPositioned(r);
    }

    @Property(tries = 300)
    void arbitraryYamlGivesDiagnosticsNotExceptions(@ForAll("targets") String target, @ForAll("yaml") String yaml)
            throws IOException {
        String text = target.endsWith(".md") ? "---\n" + yaml + "\n---\nBody.\n" : yaml;
        Files.writeString(content.resolve(target), text);
        LoadResult r = loader.load(content, "content");
        assertPositioned(r);
    }

    @Property(tries = 300)
    void arbitraryMarkdownNeverThrows(@ForAll("markdown") String body) throws IOException {
        Files.writeString(content.resolve(MEETING + "03-rates.md"), "---\ntitle: Rates\n---\n" + body);
        LoadResult r = loader.load(content, "content");
        assertPositioned(r);
    }

    private static void assertPositioned(LoadResult r) {
        for (Diagnostic d : r.diagnostics()) {
            assertThat(d.position().path()).startsWith("content");
            assertThat(d.position().line()).isGreaterThanOrEqualTo(0);
            assertThat(d.message()).isNotBlank().doesNotContain("Exception");
        }
        assertThat(r.model() == null).isEqualTo(r.errors() > 0);
    }

    @Provide
    Arbitrary<String> targets() {
        return Arbitraries.of("site.yaml", "committees/test-committee.yaml", MEETING + "meeting.yaml",
                MEETING + "03-rates.md", "decisions/18-00004.md", "plans/test-plan.md",
                "meetings/2018/2018-01-18-test-committee/minutes.md");
    }

    /** YAML-ish text built from the pieces that make parsers and type checks work hardest. */
    @Provide
    Arbitrary<String> yaml() {
        Arbitrary<String> keys = Arbitraries.of("title", "name", "kind", "date", "time", "items", "number",
                "papers", "minutes", "decision", "exempt", "paragraph", "total", "cost", "priorities", "objectives",
                "members", "contact", "status", "committee", "venue", "x", "");
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.of("", "~", "null", "true", "no", "0x1F", "1e9", "2018-02-30", "2018-03-08", "25:00",
                        "\"10:00\"", "[]", "{}", "[a, b]", "{minutes: x}", "&a [1]", "*a", "!!binary AAAA", "|",
                        ">-", "'unterminated", "\"\\u0000\"", "- - -", "{a: [b: {c: d}]}", "\t", "é", "\uFEFF",
                        "18/00004", "../../etc/passwd", "<script>", "£1,000", "TBC"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> indents = Arbitraries.of("", "  ", "    ", "- ", "  - ", "\t");
        Arbitrary<String> line = Combinators.combine(indents, keys, scalars)
                .as((i, k, v) -> i + (k.isEmpty() ? "" : k + ": ") + v);
        return line.list().ofMaxSize(25).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("# ", "## T {minute=1 item=2}", "{#id .c}", "{onclick=x}", "<script>", "</div>",
                        "<a href='javascript:x'>", "[l](javascript:x)", "![i](data:x)", "| a | b |\n|---|---|\n| 1 |",
                        "```\n", "> ", "- ", "1. ", "***", "&#106;", "\\", "<!-- c -->", "<span title=x>", "[x]: y",
                        "<https://a.b>", "~~s~~", "\n", "\n\n", "    code", "{", "}", "<", ">"),
                Arbitraries.strings().ofMaxLength(20));
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }
}
