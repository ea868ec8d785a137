package org.agendum.build.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestMemoTest {

    @TempDir
    Path dir;

    private static BuildManifest manifest(String page, String fingerprint) {
        return new BuildManifest(BuildManifest.FORMAT, "2026-01-01T00:00:00Z", Map.of("content/site.yaml", "d1"),
                Map.of("content/site.yaml", "s1"), Map.of(page, fingerprint), Map.of(page, "view"), "salt",
                Map.of(page, "stamp"));
    }

    @Test
    void theManifestItWroteIsReusedWhileTheFileHoldsItsBytes() throws Exception {
        Path file = dir.resolve("manifest.bin");
        ManifestMemo memo = new ManifestMemo();
        BuildManifest written = manifest("index.html", "f1");
        memo.write(written, file);

        assertThat(memo.read(file)).isSameAs(written);
        assertThat(BuildManifest.read(file)).isEqualTo(written);
    }

    @Test
    void aFileChangedByAnotherBuildIsReadAsItIs() throws Exception {
        Path file = dir.resolve("manifest.bin");
        ManifestMemo memo = new ManifestMemo();
        memo.write(manifest("index.html", "f1"), file);
        BuildManifest other = manifest("index.html", "f2");
        other.write(file); // another process's build, same length

        assertThat(memo.read(file)).isEqualTo(other).isNotSameAs(other);
        Files.delete(file);
        assertThat(memo.read(file)).isSameAs(BuildManifest.EMPTY);
        Files.write(file, new byte[] {1, 2, 3});
        assertThat(memo.read(file)).isSameAs(BuildManifest.EMPTY);
    }

    @Test
    void aReusedManifestCannotBeChangedByTheBuildThatReadsIt() {
        BuildManifest m = manifest("index.html", "f1");
        assertThatThrownBy(() -> m.outputs().remove("index.html")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(BuildManifest.parse(m.bytes())).isEqualTo(m);
    }
}
