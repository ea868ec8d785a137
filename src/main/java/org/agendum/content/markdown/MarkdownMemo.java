package org.agendum.content.markdown;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * text too (drafts, embargoed papers), as the loaded content does; {@link #writeTo} writes
 * only the values it is told are public.
 */
public final class MarkdownMemo implements MarkdownReader {

    private static final int FORMAT = 1;

    private final MarkdownReader processor;
    private final Map<Key, Stored> remembered;
    private final Map<Key, Stored> used;
    private final Map<Key, String> sources;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    public MarkdownMemo(MarkdownReader processor) {
        this(processor, Map.of());
    }

    private MarkdownMemo(MarkdownReader processor, Map<Key, Stored> remembered) {
        this.processor = processor;
        this.remembered = remembered;
        // sized for as many values as last time, not grown 10,000 entries at a time
        int capacity = Math.max(16, remembered.size() * 2);
        this.used = new ConcurrentHashMap<>(capacity);
        this.sources = new ConcurrentHashMap<>(capacity);
    }

    private record Key(String sha256, boolean minutesAllowed) {

        /** The key as a value's {@link Markdown#madeFrom}. */
        String origin() {
            return sha256 + (minutesAllowed ? "+minutes" : "");
        }
    }

    /** A result without its source (the key stands for it). */
    private record Stored(String html, String text, List<Markdown.Heading> headings, List<MinuteHeading> minutes,
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
        return new MarkdownMemo(processor, new HashMap<>(used));
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
     * Writes, in a stable order, the values this build read whose source text is one of
     * {@code publicSources}: what may be kept on disk is what the site shows anyway.
     */
    public void writeTo(DataOutputStream out, Set<String> publicSources) throws IOException {
        Map<String, Map.Entry<Key, Stored>> sorted = new TreeMap<>();
        used.forEach((k, v) -> {
            if (publicSources.contains(sources.get(k))) {
                sorted.put(k.sha256() + (k.minutesAllowed() ? "1" : "0"), Map.entry(k, v));
            }
        });
        out.writeInt(FORMAT);
        out.writeInt(sorted.size());
        for (Map.Entry<Key, Stored> e : sorted.values()) {
            Key k = e.getKey();
            Stored s = e.getValue();
            writeString(out, k.sha256());
            out.writeBoolean(k.minutesAllowed());
            writeString(out, s.html());
            writeString(out, s.text());
            out.writeInt(s.headings().size());
            for (Markdown.Heading h : s.headings()) {
                out.writeInt(h.level());
                writeString(out, h.text());
                writeString(out, h.id());
            }
            out.writeInt(s.minutes().size());
            for (MinuteHeading m : s.minutes()) {
                writeNullable(out, m.minute());
                writeNullable(out, m.item());
                writeNullable(out, m.title());
                writeNullable(out, m.anchor());
                out.writeInt(m.line());
                out.writeInt(m.column());
            }
            out.writeInt(s.issues().size());
            for (MarkdownIssue i : s.issues()) {
                out.writeInt(i.line());
                out.writeInt(i.column());
                writeString(out, i.message());
            }
        }
    }

    /** A memo that starts from what {@link #writeTo} wrote; throws if the bytes are not that. */
    public static MarkdownMemo readFrom(DataInputStream in, MarkdownReader processor) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("not a Markdown memo of format " + FORMAT);
        }
        int n = in.readInt();
        Map<Key, Stored> entries = new HashMap<>(Math.max(16, n * 2));
        for (int e = 0; e < n; e++) {
            Key key = new Key(readString(in), in.readBoolean());
            String html = readString(in);
            String text = readString(in);
            List<Markdown.Heading> headings = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                headings.add(new Markdown.Heading(in.readInt(), readString(in), readString(in)));
            }
            List<MinuteHeading> minutes = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                minutes.add(new MinuteHeading(readNullable(in), readNullable(in), readNullable(in), readNullable(in),
                        in.readInt(), in.readInt()));
            }
            List<MarkdownIssue> issues = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                issues.add(new MarkdownIssue(in.readInt(), in.readInt(), readString(in)));
            }
            entries.put(key, new Stored(html, text, List.copyOf(headings), List.copyOf(minutes), List.copyOf(issues)));
        }
        return new MarkdownMemo(processor, entries);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("damaged Markdown memo (string of " + length + " bytes)");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeString(out, s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static String sha256(String source) {
        return java.util.HexFormat.of().formatHex(Digests.sha256().digest(source.getBytes(StandardCharsets.UTF_8)));
    }
}
