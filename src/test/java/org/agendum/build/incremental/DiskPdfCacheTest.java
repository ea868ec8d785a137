package org.agendum.build.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.agendum.model.PageRange;
import org.agendum.pdf.PdfCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk cache's own rules: nothing on disk before commit, unused entries pruned, damage and a new salt are misses. */
class DiskPdfCacheTest {

    @TempDir
    Path dir;

    private static final PdfCache.Entry PACK = new PdfCache.Entry("%PDF-pack".getBytes(), 12,
            Map.of("3", new PageRange(4, 9)));

    @Test
    void entriesReachTheDiskOnlyOnCommitAndComeBackWithTheirLayout() throws Exception {
        DiskPdfCache first = new DiskPdfCache(dir, "salt");
        first.put("pack:a", PACK);
        assertThat(files()).isZero();
        assertThat(first.get("pack:a")).contains(PACK); // a pack reusing it in the same build
        first.commit();
        assertThat(files()).isEqualTo(2);

        var again = new DiskPdfCache(dir, "salt").get("pack:a").orElseThrow();
        assertThat(again.bytes()).isEqualTo(PACK.bytes());
        assertThat(again.pageCount()).isEqualTo(12);
        assertThat(again.ranges()).isEqualTo(PACK.ranges());
        assertThat(new DiskPdfCache(dir, "another printer").get("pack:a")).isEmpty();
    }

    @Test
    void aCommitKeepsOnlyWhatThatBuildUsed() throws Exception {
        DiskPdfCache first = new DiskPdfCache(dir, "salt");
        first.put("pdf:kept", PACK);
        first.put("pdf:dropped", PACK);
        first.commit();
        DiskPdfCache second = new DiskPdfCache(dir, "salt");
        assertThat(second.get("pdf:kept")).isPresent();
        second.commit();
        assertThat(files()).isEqualTo(2);
        assertThat(new DiskPdfCache(dir, "salt").get("pdf:dropped")).isEmpty();
    }

    @Test
    void aDamagedEntryIsAMiss() throws Exception {
        DiskPdfCache first = new DiskPdfCache(dir, "salt");
        first.put("pdf:x", PACK);
        first.commit();
        try (Stream<Path> s = Files.list(dir)) {
            Path pdf = s.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            Files.write(pdf, "%PDF-pacK".getBytes()); // same size, other bytes
        }
        assertThat(new DiskPdfCache(dir, "salt").get("pdf:x")).isEmpty();
    }

    private long files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
