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

/** Windows and old Mac line endings read as the same text as Unix ones, whatever the characters. */
class TextFilesTest {

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
