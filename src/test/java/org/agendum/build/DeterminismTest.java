package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.agendum.render.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same content and clock → byte-identical trees, whatever the folder or the run. */
class DeterminismTest {

    @Test
    void twoBuildsGiveIdenticalTrees(@TempDir Path tmp) throws Exception {
        Map<String, byte[]> first = build(tmp.resolve("a/site"));
        Map<String, byte[]> second = build(tmp.resolve("b/out"));
        assertThat(first.keySet()).containsExactlyElementsOf(second.keySet());
        // Lucene stamps every segment with a random id, so the server's index (never fetched by
        // browsers) differs in those bytes; its content is the same. Everything else is identical.
        first.forEach((path, bytes) -> {
            if (!path.startsWith("_search/lucene/")) {
                assertThat(second.get(path)).as(path).isEqualTo(bytes);
            }
        });
        assertThat(first).containsKey("meetings/2026/2026-03-05-cabinet/02-appendix-b-costings.pdf");
    }

    static Map<String, byte[]> build(Path out) throws Exception {
        BuildResult r = new SiteBuilder().build(new BuildRequest(Fixtures.content("web-basic"), "content",
                Fixtures.THEME, out, Fixtures.NOW, false));
        assertThat(r.published()).isTrue();
        return tree(out);
    }

    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
