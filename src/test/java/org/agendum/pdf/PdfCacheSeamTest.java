package org.agendum.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caching seam: an unchanged site is served from the cache, byte for byte, layouts included. */
class PdfCacheSeamTest {

    @TempDir
    Path dir;

    static final class MemoryCache implements PdfCache {
        final Map<String, Entry> entries = new ConcurrentHashMap<>();
        final AtomicInteger hits = new AtomicInteger();

        @Override
        public Optional<Entry> get(String key) {
            Entry e = entries.get(key);
            if (e != null) {
                hits.incrementAndGet();
            }
            return Optional.ofNullable(e);
        }

        @Override
        public void put(String key, Entry entry) {
            entries.put(key, entry);
        }
    }

    @Test
    void secondBuildOfUnchangedContentComesFromTheCache() throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        MemoryCache cache = new MemoryCache();
        PdfStage stage = new PdfStage(PdfFixture.THEME, cache);
        PdfOutput first = stage.run(fixture.publish(), fixture.content);
        int stored = cache.entries.size();
        // three papers, one record of decision, two packs
        assertThat(stored).isEqualTo(6);
        assertThat(cache.hits).hasValue(0);

        PdfOutput second = stage.run(fixture.publish(), fixture.content);
        assertThat(cache.hits).hasValue(stored);
        assertThat(second.packs()).isEqualTo(first.packs());
        Map<String, byte[]> a = PdfFixture.byPath(first.files());
        Map<String, byte[]> b = PdfFixture.byPath(second.files());
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }
}
