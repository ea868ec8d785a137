package org.agendum.content.markdown;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agendum.content.markdown.MarkdownMemo.Key;
import org.agendum.content.markdown.MarkdownMemo.Stored;
import org.agendum.model.Digests;
import org.agendum.model.Markdown;

/**
 * The Markdown memo on disk: a folder of {@value #SHARDS} files, each holding the values
 * whose keys start with the same six bits. A rebuild after one paper changed rewrites the
 * one or two shards its values moved in and out of (a few hundred kilobytes for 5,000 papers)
 * instead of one 73 MB file, and a build reads a shard only when one of its values is first
 * looked up, on the loading threads, instead of all of it before loading starts.
 *
 * <p>Each file is named by its shard, its number of values and a digest of the code that made
 * it and of its keys: a shard whose keys are those of a file already there is not written
 * again (same keys and code, same bytes), and a build that stops half way leaves only files
 * that are right, at worst more than needed until the next build removes them. New files are
 * written under temporary names and take effect only with {@link Pending#commit}.
 */
public final class MarkdownMemoFiles {

    static final int SHARDS = 64;
    private static final int FORMAT = 2;
    private static final Pattern NAME = Pattern.compile("(\\d\\d)-(\\d+)-[0-9a-f]{32}\\.bin");

    private final Path dir;
    private final String code;
    /** The memo files found in the folder, by shard: normally one each, or none. */
    private final List<List<Path>> found;
    /** Anything else in the folder (temporary files of a build that stopped): removed on commit. */
    private final List<Path> strays;
    private final int values;

    private MarkdownMemoFiles(Path dir, String code, List<List<Path>> found, List<Path> strays, int values) {
        this.dir = dir;
        this.code = code;
        this.found = found;
        this.strays = strays;
        this.values = values;
    }

    /**
     * The memo folder {@code dir} as the code with digest {@code code} reads and writes it. A
     * folder that is missing or cannot be listed is taken as empty: that only costs time.
     */
    public static MarkdownMemoFiles open(Path dir, String code) {
        List<List<Path>> found = new ArrayList<>();
        for (int s = 0; s < SHARDS; s++) {
            found.add(new ArrayList<>());
        }
        List<Path> strays = new ArrayList<>();
        int values = 0;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path f : list.sorted().toList()) {
                    Matcher m = NAME.matcher(f.getFileName().toString());
                    int shard = m.matches() ? Integer.parseInt(m.group(1)) : SHARDS;
                    if (shard < SHARDS) {
                        found.get(shard).add(f);
                        values += Integer.parseInt(m.group(2));
                    } else {
                        strays.add(f);
                    }
                }
            } catch (IOException | RuntimeException e) {
                found.forEach(List::clear);
                values = 0;
            }
        }
        return new MarkdownMemoFiles(dir, code, found, strays, values);
    }

    /** A memo that starts from this folder's values, reading each shard when it is first needed. */
    public MarkdownMemo memo(MarkdownReader processor) {
        return new MarkdownMemo(processor, new LazyShards());
    }

    /** The shard of a key: the first six bits of its digest. */
    static int shardOf(Key key) {
        String hex = key.sha256();
        return Character.digit(hex.charAt(0), 16) << 2 | Character.digit(hex.charAt(1), 16) >> 2;
    }

    private final class LazyShards implements MarkdownMemo.Remembered {
        private final AtomicReferenceArray<Map<Key, Stored>> shards = new AtomicReferenceArray<>(SHARDS);

        @Override
        public Stored get(Key key) {
            int s = shardOf(key);
            Map<Key, Stored> shard = shards.get(s);
            if (shard == null) {
                synchronized (found.get(s)) { // one reader per shard; the other thread reads another
                    shard = shards.get(s);
                    if (shard == null) {
                        shard = read(found.get(s));
                        shards.set(s, shard);
                    }
                }
            }
            return shard.get(key);
        }

        @Override
        public int size() {
            return values;
        }
    }

    /** The values of a shard's files made by this code; a file that cannot be read counts as empty. */
    private Map<Key, Stored> read(List<Path> files) {
        Map<Key, Stored> entries = new HashMap<>();
        for (Path f : files) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
                if (in.readUTF().equals(code) && in.readInt() == FORMAT) {
                    for (int n = in.readInt(); n > 0; n--) {
                        Key key = new Key(readString(in), in.readBoolean());
                        entries.put(key, readStored(in));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // damaged or half-read: its values are made again, which is always right
            }
        }
        return entries;
    }

    /** New shard files written under temporary names, and what they replace. */
    public static final class Pending {
        private final Map<Path, Path> renames;
        private final List<Path> obsolete;

        private Pending(Map<Path, Path> renames, List<Path> obsolete) {
            this.renames = renames;
            this.obsolete = obsolete;
        }

        /** How many shard files were written. */
        public int written() {
            return renames.size();
        }

        /** Puts the new files in place, then removes the ones they replace. */
        public void commit() throws IOException {
            for (Map.Entry<Path, Path> r : renames.entrySet()) {
                Files.move(r.getKey(), r.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            for (Path f : obsolete) {
                Files.deleteIfExists(f);
            }
        }

        /** Leaves the folder as it was. */
        public void discard() {
            for (Path tmp : renames.keySet()) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary file only holds public text, and the next commit removes it
                }
            }
        }
    }

    /**
     * Writes the shards that the public values of {@code memo} (those whose source is one of
     * {@code publicSources}) need and the folder does not hold yet, under temporary names.
     */
    public Pending write(MarkdownMemo memo, Set<String> publicSources) throws IOException {
        List<TreeMap<String, Map.Entry<Key, Stored>>> byShard = new ArrayList<>();
        for (int s = 0; s < SHARDS; s++) {
            byShard.add(new TreeMap<>());
        }
        memo.publicValues(publicSources).forEach((k, v) ->
                byShard.get(shardOf(k)).put(k.sha256() + (k.minutesAllowed() ? "1" : "0"), Map.entry(k, v)));
        Files.createDirectories(dir);
        Map<Path, Path> renames = new TreeMap<>();
        List<Path> obsolete = new ArrayList<>(strays);
        for (int s = 0; s < SHARDS; s++) {
            TreeMap<String, Map.Entry<Key, Stored>> entries = byShard.get(s);
            Path target = entries.isEmpty() ? null : dir.resolve(name(s, entries));
            for (Path f : found.get(s)) {
                if (!f.equals(target)) {
                    obsolete.add(f);
                }
            }
            if (target != null && !found.get(s).contains(target)) {
                Path tmp = dir.resolve(target.getFileName() + ".tmp");
                try (DataOutputStream out = new DataOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                    out.writeUTF(code);
                    out.writeInt(FORMAT);
                    out.writeInt(entries.size());
                    for (Map.Entry<Key, Stored> e : entries.values()) {
                        writeString(out, e.getKey().sha256());
                        out.writeBoolean(e.getKey().minutesAllowed());
                        writeStored(out, e.getValue());
                    }
                }
                renames.put(tmp, target);
            }
        }
        return new Pending(renames, obsolete);
    }

    /** "07-41-…": the shard, its number of values, and a digest of the code and of the keys. */
    private String name(int shard, TreeMap<String, Map.Entry<Key, Stored>> entries) {
        MessageDigest md = Digests.sha256();
        md.update(code.getBytes(StandardCharsets.UTF_8));
        for (String key : entries.keySet()) {
            md.update((byte) '\n');
            md.update(key.getBytes(StandardCharsets.UTF_8));
        }
        String digest = HexFormat.of().formatHex(md.digest()).substring(0, 32);
        return String.format("%02d-%d-%s.bin", shard, entries.size(), digest);
    }

    private static void writeStored(DataOutputStream out, Stored s) throws IOException {
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

    private static Stored readStored(DataInputStream in) throws IOException {
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
        return new Stored(html, text, List.copyOf(headings), List.copyOf(minutes), List.copyOf(issues));
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
}
