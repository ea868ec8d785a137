package org.agendum.content;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.agendum.content.markdown.MarkdownMemo;

/**
 * What each content file loaded into, remembered from one build to the next in the same
 * process ({@code serve --watch}), so a rebuild after a save parses only the files that
 * changed: reading YAML and looking every Markdown value up by its SHA-256 was most of a
 * warm rebuild's loading.
 *
 * <p>A file's record is a pure function of its path as shown in diagnostics (which also
 * gives its meeting, slug or number), its bytes and the site's time zone, through Markdown
 * results that are pure functions of their source; so it is keyed by exactly those, and the
 * bytes are compared in full, before they are decoded (decoding every file's UTF-8 was a
 * fifth of a warm rebuild's loading). Only files that loaded without any diagnostic are remembered:
 * a file with problems is read again, so its problems are reported again, in the same words.
 * Cross-file checks are never remembered; they run on every load.
 *
 * <p>Like {@link MarkdownMemo}, {@link #next} keeps only the files this build read, and
 * nothing here is ever written to disk.
 */
public final class FileMemo {

    private record Key(String shownAs, ZoneId zone) {}

    private record Entry(byte[] bytes, Object record, List<MarkdownMemo.Use> markdown) {}

    private final Map<Key, Entry> remembered;
    private final Map<Key, Entry> used;
    private final AtomicInteger hits = new AtomicInteger();

    public FileMemo() {
        this(Map.of());
    }

    private FileMemo(Map<Key, Entry> remembered) {
        this.remembered = remembered;
        // sized for as many files as last time: growing it 6,000 entries at a time was a tenth of loading
        this.used = new ConcurrentHashMap<>(Math.max(16, remembered.size() * 2));
    }

    /**
     * The record the file shown as {@code shownAs} loaded into last time, if its bytes and the
     * zone are the same; its Markdown values are then counted as read by {@code markdown}, so
     * they stay in that memo.
     */
    <T> T recall(String shownAs, byte[] bytes, ZoneId zone, Class<T> type, MarkdownMemo markdown) {
        Key key = new Key(shownAs, zone);
        Entry e = remembered.get(key);
        if (e == null || !type.isInstance(e.record()) || !Arrays.equals(e.bytes(), bytes)) {
            return null;
        }
        used.put(key, e);
        markdown.keep(e.markdown());
        hits.incrementAndGet();
        return type.cast(e.record());
    }

    /** Remembers a file that loaded without diagnostics, with the Markdown values it read. */
    void remember(String shownAs, byte[] bytes, ZoneId zone, Object record, List<MarkdownMemo.Use> markdown) {
        used.put(new Key(shownAs, zone), new Entry(bytes, record, markdown));
    }

    /** Files found unchanged since this memo was made. */
    public int hits() {
        return hits.get();
    }

    /** The memo for the next build: the files this one read. */
    public FileMemo next() {
        return new FileMemo(new HashMap<>(used));
    }
}
