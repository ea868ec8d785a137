package org.agendum.build.incremental;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    public static final int FORMAT = 4;
    public static final BuildManifest EMPTY =
            new BuildManifest(FORMAT, "", Map.of(), Map.of(), Map.of(), Map.of(), "", Map.of());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public BuildManifest {
        inputs = new TreeMap<>(inputs);
        stamps = new TreeMap<>(stamps);
        outputs = new TreeMap<>(outputs);
        madeFrom = new TreeMap<>(madeFrom);
        written = new TreeMap<>(written);
    }

    /** The manifest in {@code file}, or {@link #EMPTY} if there is none or it cannot be read. */
    public static BuildManifest read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return EMPTY;
            }
            BuildManifest m = JSON.readValue(file.toFile(), BuildManifest.class);
            return m.format() == FORMAT ? m : EMPTY;
        } catch (IOException | RuntimeException e) {
            return EMPTY; // a damaged manifest only costs a full build
        }
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
