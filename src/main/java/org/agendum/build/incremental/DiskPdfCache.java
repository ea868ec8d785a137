package org.agendum.build.incremental;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.agendum.model.PageRange;
import org.agendum.pdf.PdfCache;

/**
 * PDFs kept on disk between builds, in the build cache folder (never in the served output).
 *
 * <p>The stage's keys already digest everything of the document that decides its bytes (the
 * print HTML made from the published site, the metadata, for packs the front sheet and the
 * digests of the parts). What they do not cover is the printer itself, so each key is salted
 * with a digest of the print theme (CSS, fonts, templates) and of the code and libraries on
 * the class path: a change to any of them misses every entry.
 *
 * <p>Nothing is written during the build: new entries wait in memory until {@link #commit}
 * after a successful publish, which also removes every entry this build did not use. So the
 * cache holds exactly the PDFs of the site now published; a paper that stops being public
 * (withdrawn, embargoed by an earlier {@code --now}, made exempt) leaves it with that build.
 */
public final class DiskPdfCache implements PdfCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String salt;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Map<String, Entry> pending = new ConcurrentHashMap<>();

    public DiskPdfCache(Path dir, String salt) {
        this.dir = dir;
        this.salt = salt;
    }

    @Override
    public Optional<Entry> get(String key) {
        String name = fileName(key);
        Entry fresh = pending.get(name);
        if (fresh != null) {
            used.add(name);
            return Optional.of(fresh);
        }
        Path pdf = dir.resolve(name + ".pdf");
        Path meta = dir.resolve(name + ".json");
        try {
            if (!Files.isRegularFile(pdf) || !Files.isRegularFile(meta)) {
                return Optional.empty();
            }
            Meta m = JSON.readValue(meta.toFile(), Meta.class);
            byte[] bytes = Files.readAllBytes(pdf);
            if (bytes.length != m.size() || !Hashes.of(bytes).equals(m.sha256())) {
                return Optional.empty(); // damaged entry: render again, commit overwrites it
            }
            used.add(name);
            return Optional.of(new Entry(bytes, m.pageCount(), m.ranges()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable entry is only a miss
        }
    }

    @Override
    public void put(String key, Entry entry) {
        String name = fileName(key);
        used.add(name);
        pending.put(name, entry);
    }

    /** Writes the new entries and removes those this build did not use. Call after publishing. */
    public void commit() throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, Entry> e : new TreeMap<>(pending).entrySet()) {
            Entry v = e.getValue();
            Meta m = new Meta(v.bytes().length, Hashes.of(v.bytes()), v.pageCount(), new TreeMap<>(v.ranges()));
            // the metadata names the PDF's digest, so a half-written pair is seen as a miss
            writeAtomically(dir.resolve(e.getKey() + ".pdf"), v.bytes());
            writeAtomically(dir.resolve(e.getKey() + ".json"), JSON.writeValueAsBytes(m));
        }
        pending.clear();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                String stem = n.contains(".") ? n.substring(0, n.indexOf('.')) : n;
                if (!used.contains(stem)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private String fileName(String key) {
        return Hashes.of(salt + "\u0000" + key);
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** What is kept beside each PDF. */
    public record Meta(int size, String sha256, int pageCount, Map<String, PageRange> ranges) {}
}
