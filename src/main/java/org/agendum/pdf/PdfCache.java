package org.agendum.pdf;

import java.util.Map;
import java.util.Optional;
import org.agendum.model.PageRange;

/**
 * The seam for not rebuilding unchanged PDFs. Keys are digests of everything that decides a
 * file's bytes: for a paper, its print HTML and metadata; for a pack, its front sheet (with
 * placeholder ranges), its metadata and the digests of its documents. Rendering HTML is
 * cheap; laying out and merging PDFs is what a cache saves. {@link #NONE} keeps nothing; the
 * speed work can plug a disk-backed store in here without touching the stage.
 */
public interface PdfCache {

    /** A cached PDF; for a pack, also its page count and item ranges (empty for a paper). */
    record Entry(byte[] bytes, int pageCount, Map<String, PageRange> ranges) {
        public Entry {
            ranges = Map.copyOf(ranges);
        }
    }

    PdfCache NONE = new PdfCache() {
        @Override
        public Optional<Entry> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, Entry entry) {
            // nothing kept
        }
    };

    /** Must be safe to call from several threads at once. */
    Optional<Entry> get(String key);

    /** Must be safe to call from several threads at once. */
    void put(String key, Entry entry);
}
