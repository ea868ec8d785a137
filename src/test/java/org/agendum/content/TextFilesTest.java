package org.agendum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Windows and old Mac line endings read as the same text as Unix ones, whatever the
 * characters; and the quick way of decoding a file gives exactly what the strict decoder
 * does, text or diagnostics, for any bytes.
 */
class TextFilesTest {

    @Property(tries = 2000)
    void theQuickDecodingIsTheStrictOne(@ForAll("bytes") byte[] bytes) {
        Path path = Path.of("content/x.md");
        Diagnostics quick = new Diagnostics();
        Diagnostics strict = new Diagnostics();
        SourceFile a = TextFiles.decode(path, "content/x.md", bytes, quick);
        SourceFile b = TextFiles.decodeStrictly(path, "content/x.md", bytes, strict);
        assertThat(a == null ? null : a.text()).isEqualTo(b == null ? null : b.text());
        assertThat(quick.sorted()).isEqualTo(strict.sorted());
    }

    /** Text in several scripts, with the bytes that matter spliced in: NUL, CR, a BOM, U+FFFD, stray and cut sequences. */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
                Arbitraries.of("title: Rates\n", "Budget £4m ", "Café — 😀 ", "\uFFFD", "\r\n", "\r", "\u0000", "ü", "\n")
                        .map(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Arbitraries.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xC3},
                        new byte[] {(byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                        new byte[] {(byte) 0xFF}));
        return piece.list().ofMaxSize(12).map(list -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            list.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    @Property(tries = 300)
    void everyLineEndingReadsAsNewline(@ForAll("lines") java.util.List<String> lines, @ForAll("endings") String ending)
            throws IOException {
        Path file = Files.createTempFile("agendum-text-", ".md");
        try {
            Files.writeString(file, String.join(ending, lines));
            Diagnostics diagnostics = new Diagnostics();
            SourceFile read = TextFiles.read(file, "content/x.md", diagnostics);
            assertThat(diagnostics.hasErrors()).isFalse();
            assertThat(read.text()).isEqualTo(String.join("\n", lines));
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<java.util.List<String>> lines() {
        return Arbitraries.of("", "title: Rates", "Budget £4m", "Café — 😀", "  - item", "|a|b|")
                .list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> endings() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }
}
