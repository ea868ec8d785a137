package org.agendum.build.incremental;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The manifest a builder last wrote or read, kept for its next build ({@code serve --watch}):
 * parsing the 17,500 outputs of a 5,000-paper site's manifest was a sixth of the time before
 * a clerk's page reloads. The file is still read every time, and the remembered manifest is
 * used only when its bytes are the file's, byte for byte, so a manifest written by another
 * build, damaged or deleted is seen as it is.
 */
public final class ManifestMemo {

    private byte[] bytes;
    private BuildManifest manifest;

    /** As {@link BuildManifest#read}. */
    public BuildManifest read(Path file) {
        byte[] now = BuildManifest.bytesOf(file);
        if (now == null) {
            return BuildManifest.EMPTY;
        }
        if (!Arrays.equals(now, bytes)) {
            manifest = BuildManifest.parse(now);
            bytes = now;
        }
        return manifest;
    }

    /** As {@link BuildManifest#write}, remembering what was written. */
    public void write(BuildManifest m, Path file) throws IOException {
        byte[] out = m.bytes();
        bytes = null; // a failed write must not leave the memo vouching for it
        BuildManifest.write(file, out);
        bytes = out;
        manifest = m;
    }
}
