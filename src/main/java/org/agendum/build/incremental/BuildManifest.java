package org.agendum.build.incremental;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last successful build read and wrote: a digest of every input file (content and
 * theme) and of every output file under the site root. The next build carries over outputs
 * whose bytes are unchanged instead of writing them again, and keeps pages whose view is
 * unchanged instead of rendering them again.
 *
 * <p>It lives in the build cache beside the output, never in the served site: the input
 * digests cover drafts and embargoed papers too, and even a digest of those is not public.
 *
 * @param format  bumped when the layout changes; a manifest of another format is ignored
 * @param now     the build's clock (publication depends on it)
 * @param inputs  {@code content/…} and {@code templates/…} paths → SHA-256
 * @param stamps  the same paths → size and modification time when hashed ({@link InputDigests})
 * @param outputs site paths → CRC-32C and length ({@link Hashes#fingerprint}); a rendered file
 *                is only reused after its bytes are compared with the new ones
 * @param madeFrom site paths → the digest of what the file was made from, for the outputs
 *                that name it: an HTML page's {@code render.ViewDigest} (its dependency
 *                edges, collapsed into one digest of everything it shows), a static search
 *                fragment's documents
 * @param renderSalt what else those outputs depend on: the code's digest and the web theme's;
 *                digests are only compared between builds with the same salt
 * @param written site paths → size and modification time of the live file once published, so
 *                a page kept by its view digest is only kept while nobody has touched its file
 */
public record BuildManifest(int format, String now, Map<String, String> inputs, Map<String, String> stamps,
        Map<String, String> outputs, Map<String, String> madeFrom, String renderSalt, Map<String, String> written) {

    /** 5: binary (DataOutput) instead of JSON, which took 0.3 s to read for 17,500 outputs under C1. */
    public static final int FORMAT = 5;
    public static final BuildManifest EMPTY =
            new BuildManifest(FORMAT, "", Map.of(), Map.of(), Map.of(), Map.of(), "", Map.of());
    /** "AGMF": the file's first four bytes, before {@link #FORMAT}. */
    private static final int MAGIC = 0x41474d46;

    /** Sorted, and read-only: a builder reuses the manifest it wrote for its next build ({@link ManifestMemo}). */
    public BuildManifest {
        inputs = sorted(inputs);
        stamps = sorted(stamps);
        outputs = sorted(outputs);
        madeFrom = sorted(madeFrom);
        written = sorted(written);
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    /** The manifest in {@code file}, or {@link #EMPTY} if there is none or it cannot be read. */
    public static BuildManifest read(Path file) {
        byte[] bytes = bytesOf(file);
        return bytes == null ? EMPTY : parse(bytes);
    }

    /** The bytes of the manifest file, or null if there is none or it cannot be read (only a full build is lost). */
    static byte[] bytesOf(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** The manifest {@code bytes} hold, or {@link #EMPTY} if they are not one this code wrote. */
    public static BuildManifest parse(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return EMPTY;
            }
            String now = in.readUTF();
            Map<String, String> inputs = readMap(in);
            Map<String, String> stamps = readMap(in);
            Map<String, String> outputs = readMap(in);
            Map<String, String> madeFrom = readMap(in);
            String renderSalt = in.readUTF();
            Map<String, String> written = readMap(in);
            if (in.read() != -1) {
                return EMPTY; // not a manifest this code wrote
            }
            return new BuildManifest(FORMAT, now, inputs, stamps, outputs, madeFrom, renderSalt, written);
        } catch (IOException | RuntimeException e) {
            return EMPTY; // a damaged manifest only costs a full build
        }
    }

    /** Writes {@link #bytes} to {@code file}, atomically. */
    public void write(Path file) throws IOException {
        write(file, bytes());
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The manifest as {@link #read} reads it. */
    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(format);
            out.writeUTF(now);
            writeMap(out, inputs);
            writeMap(out, stamps);
            writeMap(out, outputs);
            writeMap(out, madeFrom);
            out.writeUTF(renderSalt);
            writeMap(out, written);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return buffer.toByteArray();
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative map size");
        }
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            map.put(in.readUTF(), in.readUTF());
        }
        return map;
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }
}
