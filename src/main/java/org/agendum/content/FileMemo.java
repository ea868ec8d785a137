package org.agendum.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 * <p>It also keeps the folder's listing, so that a load told by a watcher what changed
 * ({@link ContentChanges}) need not walk the folder nor read the files nobody touched.
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
    /** The content folder's files as the last load listed them, relative and sorted, if it listed them without a problem. */
    private final List<Path> lastListing;
    private volatile List<Path> listing;

    public FileMemo() {
        this(Map.of(), null);
    }

    private FileMemo(Map<Key, Entry> remembered, List<Path> lastListing) {
        this.remembered = remembered;
        this.lastListing = lastListing;
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
        return e == null || !Arrays.equals(e.bytes(), bytes) ? null : use(key, e, type, markdown);
    }

    /**
     * As {@link #recall} for a file that no watcher saw change since it was read
     * ({@link ContentChanges}): its bytes are not even read again.
     */
    <T> T recallUntouched(String shownAs, ZoneId zone, Class<T> type, MarkdownMemo markdown) {
        Key key = new Key(shownAs, zone);
        Entry e = remembered.get(key);
        return e == null ? null : use(key, e, type, markdown);
    }

    /** A remembered file found unchanged: kept for the next build, its Markdown values counted as read. */
    private <T> T use(Key key, Entry e, Class<T> type, MarkdownMemo markdown) {
        if (!type.isInstance(e.record())) {
            return null;
        }
        used.put(key, e);
        markdown.keep(e.markdown());
        hits.incrementAndGet();
        return type.cast(e.record());
    }

    /**
     * The content folder's files (relative to {@code root}, sorted) as the last listing and
     * {@code changes} make them, or null if the folder must be walked again: nothing is known,
     * the last walk found a problem (it must be reported again), or a touched path is a folder,
     * a link or anything but a visible regular file or a deleted one; the walk then looks
     * and says.
     */
    List<Path> listingAfter(Path root, ContentChanges changes) {
        if (!changes.known() || lastListing == null) {
            return null;
        }
        TreeSet<Path> files = new TreeSet<>(lastListing);
        for (Path p : changes.paths()) {
            if (!p.startsWith(root)) {
                continue; // the theme, watched too
            }
            Path rel = root.relativize(p);
            if (rel.toString().isEmpty() || rel.getNameCount() > ContentTree.MAX_DEPTH) {
                return null;
            }
            if (ContentTree.hidden(rel)) {
                continue;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                attrs = null;
            } catch (IOException e) {
                return null;
            }
            if (attrs == null) {
                files.remove(rel);
                if (files.stream().anyMatch(f -> f.startsWith(rel))) {
                    return null; // a folder went
                }
            } else if (attrs.isRegularFile()) {
                files.add(rel);
            } else {
                return null;
            }
        }
        return files.size() >= ContentTree.MAX_FILES ? null : List.copyOf(files);
    }

    /** The listing this load used, made without a problem, for the next load's {@link #listingAfter}. */
    void listed(List<Path> files) {
        listing = List.copyOf(files);
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
        return new FileMemo(new HashMap<>(used), listing);
    }
}
