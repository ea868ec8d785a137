package org.agendum.content.markdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.agendum.model.Digests;
import org.agendum.model.Markdown;

/**
 * Remembers what {@link MarkdownProcessor} made of each Markdown value, so a rebuild parses
 * and renders only the values that changed: parsing and rendering Markdown is most of
 * loading a content folder (JFR: 6 of 7 CPU seconds for 5,000 papers).
 *
 * <p>A result is a pure function of the source text and whether minute headings are
 * allowed, so it is keyed by exactly that: the SHA-256 of the source, and the flag. Problems
 * are kept in the source's own lines and columns, which the loaders then place in the file,
 * so a value that moved within its file still reports at the right line.
 *
 * <p>{@link #next} is what the following build should start from: only the values this one
 * read, so nothing outlives the content it came from. In memory the memo holds unpublished
 * text too (drafts, embargoed papers), as the loaded content does; {@link MarkdownMemoFiles}
 * writes only the values it is told are public.
 */
public final class MarkdownMemo implements MarkdownReader {

    private final MarkdownReader processor;
    private final Remembered remembered;
    private final Map<Key, Stored> used;
    private final Map<Key, String> sources;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    public MarkdownMemo(MarkdownReader processor) {
        this(processor, Remembered.of(Map.of()));
    }

    MarkdownMemo(MarkdownReader processor, Remembered remembered) {
        this.processor = processor;
        this.remembered = remembered;
        // sized for as many values as last time, not grown 10,000 entries at a time
        int capacity = Math.max(16, remembered.size() * 2);
        this.used = new ConcurrentHashMap<>(capacity);
        this.sources = new ConcurrentHashMap<>(capacity);
    }

    /** What a memo starts from: the values an earlier build read, held in memory or on disk. */
    interface Remembered {
        /** The value remembered for {@code key}, or null. Called from the loading threads at once. */
        Stored get(Key key);

        /** How many values there are (or about), to size this build's maps. */
        int size();

        static Remembered of(Map<Key, Stored> values) {
            return new Remembered() {
                @Override
                public Stored get(Key key) {
                    return values.get(key);
                }

                @Override
                public int size() {
                    return values.size();
                }
            };
        }
    }

    record Key(String sha256, boolean minutesAllowed) {

        /** The key as a value's {@link Markdown#madeFrom}. */
        String origin() {
            return sha256 + (minutesAllowed ? "+minutes" : "");
        }
    }

    /** A result without its source (the key stands for it). */
    record Stored(String html, String text, List<Markdown.Heading> headings, List<MinuteHeading> minutes,
            List<MarkdownIssue> issues) {

        static Stored of(MarkdownProcessor.Result r) {
            Markdown m = r.markdown();
            return new Stored(m.html(), m.text(), m.headings(), r.minutes(), r.issues());
        }

        MarkdownProcessor.Result with(String source, Key key) {
            return new MarkdownProcessor.Result(new Markdown(source, html, text, headings, key.origin()), minutes,
                    issues);
        }
    }

    @Override
    public MarkdownProcessor.Result process(String source, boolean minutesAllowed) {
        if (source == null || source.isBlank()) {
            return processor.process(source, minutesAllowed);
        }
        return read(new Key(sha256(source), minutesAllowed), source).result();
    }

    private record Read(Use use, MarkdownProcessor.Result result) {}

    private Read read(Key key, String source) {
        Stored stored = remembered.get(key);
        if (stored == null) {
            stored = used.get(key);
        }
        sources.put(key, source);
        if (stored != null) {
            hits.incrementAndGet();
            used.put(key, stored);
            return new Read(new Use(key, stored, source), stored.with(source, key));
        }
        misses.incrementAndGet();
        MarkdownProcessor.Result result = processor.process(source, key.minutesAllowed());
        stored = Stored.of(result);
        used.put(key, stored);
        return new Read(new Use(key, stored, source), stored.with(source, key));
    }

    /**
     * One value a content file read through this memo: what {@link #keep} needs to count it
     * as read again without its source being hashed and looked up.
     */
    public static final class Use {
        private final Key key;
        private final Stored stored;
        private final String source;

        private Use(Key key, Stored stored, String source) {
            this.key = key;
            this.stored = stored;
            this.source = source;
        }
    }

    /**
     * A reader for one file: reads through this memo and records the values it read, so a
     * later build that finds the file unchanged can {@link #keep} them (the content stage's
     * {@code FileMemo} does).
     */
    public Recording recording() {
        return new Recording();
    }

    /** See {@link #recording}. */
    public final class Recording implements MarkdownReader {
        private final List<Use> uses = new ArrayList<>();

        private Recording() {}

        @Override
        public MarkdownProcessor.Result process(String source, boolean minutesAllowed) {
            if (source == null || source.isBlank()) {
                return processor.process(source, minutesAllowed);
            }
            Read read = read(new Key(sha256(source), minutesAllowed), source);
            uses.add(read.use());
            return read.result();
        }

        public List<Use> uses() {
            return List.copyOf(uses);
        }
    }

    /** Counts values an unchanged file read in an earlier build as read by this one, remembered. */
    public void keep(List<Use> uses) {
        for (Use u : uses) {
            used.put(u.key, u.stored);
            sources.put(u.key, u.source);
        }
        hits.addAndGet(uses.size());
    }

    /** The memo for the next build: what this one read, whether remembered or new. */
    public MarkdownMemo next() {
        return new MarkdownMemo(processor, Remembered.of(new HashMap<>(used)));
    }

    /** Values found already processed since this memo was made. */
    public int hits() {
        return hits.get();
    }

    /** Values that had to be processed since this memo was made. */
    public int misses() {
        return misses.get();
    }

    /**
     * The values this build read whose source text is one of {@code publicSources}: what
     * may be kept on disk is what the site shows anyway ({@link MarkdownMemoFiles}).
     */
    Map<Key, Stored> publicValues(Set<String> publicSources) {
        Map<Key, Stored> out = new HashMap<>();
        used.forEach((k, v) -> {
            if (publicSources.contains(sources.get(k))) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String sha256(String source) {
        return java.util.HexFormat.of().formatHex(Digests.sha256().digest(source.getBytes(StandardCharsets.UTF_8)));
    }
}
