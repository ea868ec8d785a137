package org.agendum.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agendum.model.Digests;
import org.agendum.model.PublishedSite;

/**
 * The SHA-256 of each long text a {@link ViewDigest} meets (page bodies, minutes), remembered
 * from one render to the next by a renderer that is used again ({@code serve --watch}): after
 * a save almost every page is kept, and looking a body up (its hash code is cached in the
 * string, equality is a memory compare) costs a fraction of hashing it again. Keyed by the
 * text itself, so a remembered digest is always the text's own. {@link #next} keeps only what
 * the last render used. A text that is one of the site's Markdown values, the very string,
 * is not hashed at all: the digest of what it was made from stands for it
 * ({@link MarkdownOrigins}).
 */
public final class TextDigests {

    /** Texts at least this long are digested on their own and fed to the view's digest as that. */
    static final int LONG = 1024;

    private final Map<String, byte[]> last;
    private final Map<String, byte[]> used;
    /** By identity ({@link MarkdownOrigins}); only read once made. */
    private final MarkdownOrigins.Found origins;

    private TextDigests(Map<String, byte[]> last, Map<String, byte[]> used, MarkdownOrigins.Found origins) {
        this.last = last;
        this.used = used;
        this.origins = origins;
    }

    /** Remembers nothing: every text is digested when met. */
    public static TextDigests none() {
        return new TextDigests(Map.of(), null, MarkdownOrigins.Found.NONE);
    }

    /** Starts remembering. */
    public static TextDigests remembering() {
        return new TextDigests(Map.of(), new ConcurrentHashMap<>(), MarkdownOrigins.Found.NONE);
    }

    /** For the next render, of {@code site}: the texts this one met, and the site's Markdown origins. */
    TextDigests next(PublishedSite site) {
        // sized as last time, as the origins' maps are
        Map<String, byte[]> nextUsed = used == null ? null : new ConcurrentHashMap<>(used.size() * 2);
        return new TextDigests(used == null ? last : used, nextUsed,
                MarkdownOrigins.of(site, used == null ? MarkdownOrigins.Found.NONE : origins));
    }

    byte[] of(String text) {
        byte[] known = origins.byText().get(text);
        if (known != null) {
            return known;
        }
        byte[] digest = last.get(text);
        if (digest == null && used != null) {
            digest = used.get(text);
        }
        if (digest == null) {
            digest = Digests.sha256().digest(text.getBytes(StandardCharsets.UTF_8));
        }
        if (used != null) {
            used.put(text, digest);
        }
        return digest;
    }
}
