package org.agendum.build.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.agendum.model.Digests;

/** SHA-256 digests of bytes, strings and folder trees, as lowercase hex. */
public final class Hashes {

    private Hashes() {}

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(Digests.sha256().digest(bytes));
    }

    /**
     * CRC-32C and length: a cheap (hardware-assisted) "these bytes may be the same" check for
     * build outputs, never trusted alone: the publisher compares the bytes themselves
     * before it reuses a file. (SHA-256 of every output cost the publish stage a second
     * of CPU on the 5,000-paper benchmark.)
     */
    public static String fingerprint(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return String.format(java.util.Locale.ROOT, "%08x-%d", crc.getValue(), bytes.length);
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String ofFile(Path file) throws IOException {
        MessageDigest md = Digests.sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Every regular file under {@code root} (relative path with forward slashes → digest),
     * sorted; an absent folder is empty. Hashed in parallel: this reads every input once.
     */
    public static Map<String, String> ofTree(Path root) throws IOException {
        return ofTree(root, f -> true);
    }

    /** As {@link #ofTree(Path)}, for the files {@code include} accepts only. */
    public static Map<String, String> ofTree(Path root, java.util.function.Predicate<Path> include) throws IOException {
        if (!Files.isDirectory(root)) {
            return Map.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            var files = walk.filter(Files::isRegularFile).filter(include).toList();
            Map<String, String> out = new TreeMap<>();
            var hashed = files.parallelStream()
                    .map(f -> Map.entry(root.relativize(f).toString().replace('\\', '/'), uncheckedHash(f)))
                    .toList();
            hashed.forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String uncheckedHash(Path f) {
        try {
            return ofFile(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
