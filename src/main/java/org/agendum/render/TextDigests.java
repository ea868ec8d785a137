package org.agendum.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of each long text a {@link ViewDigest} meets (page bodies, minutes), remembered
 * from one render to the next by a renderer that is used again ({@code serve --watch}): after
 * a save almost every page is kept, and looking a body up (its hash code is cached in the
 * string, equality is a memory compare) costs a fraction of hashing it again. Keyed by the
 * text itself, so a remembered digest is always the text's own. {@link #next} keeps only what
 * the last render used.
 */
public final class TextDigests {

    /** Texts at least this long are digested on their own and fed to the view's digest as that. */
    static final int LONG = 1024;

    private final Map<String, byte[]> last;
    private final Map<String, byte[]> used;

    private TextDigests(Map<String, byte[]> last, Map<String, byte[]> used) {
        this.last = last;
        this.used = used;
    }

    /** Remembers nothing: every text is digested when met. */
    public static TextDigests none() {
        return new TextDigests(Map.of(), null);
    }

    /** Starts remembering. */
    public static TextDigests remembering() {
        return new TextDigests(Map.of(), new ConcurrentHashMap<>());
    }

    /** For the next render: the texts this one met. */
    public TextDigests next() {
        return used == null ? this : new TextDigests(used, new ConcurrentHashMap<>());
    }

    byte[] of(String text) {
        byte[] digest = last.get(text);
        if (digest == null && used != null) {
            digest = used.get(text);
        }
        if (digest == null) {
            digest = ViewDigest.sha256().digest(text.getBytes(StandardCharsets.UTF_8));
        }
        if (used != null) {
            used.put(text, digest);
        }
        return digest;
    }
}
