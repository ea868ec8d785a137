package org.agendum.render;

import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agendum.model.Digests;
import org.agendum.model.Markdown;
import org.agendum.model.PublishedSite;

/**
 * The long texts of a site's Markdown values that know what they were made from
 * ({@link Markdown#madeFrom}), each with a digest of that origin, for {@link TextDigests}: a
 * view holds a paper's body as the very string its Markdown value holds, and under the same
 * code that string follows from its origin, so the view's digest can take the origin's
 * digest instead of hashing the text (SHA-256 of every body, under C1, was a fifth of a
 * one-paper rebuild's CPU). Keyed by identity: a string that merely equals a body is hashed
 * as text, which is slower, never wrong.
 */
final class MarkdownOrigins {

    private MarkdownOrigins() {}

    static Map<String, byte[]> of(PublishedSite site) {
        Map<String, byte[]> out = new IdentityHashMap<>();
        walk(site, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    private static void walk(Object v, Map<String, byte[]> out, Set<Object> seen) {
        if (v instanceof Markdown m) {
            if (m.madeFrom() != null) {
                add(out, m.source(), m.madeFrom(), "source");
                add(out, m.html(), m.madeFrom(), "html");
                add(out, m.text(), m.madeFrom(), "text");
            }
        } else if (v instanceof Record r) {
            MethodHandle[] accessors = ViewDigest.components(r.getClass());
            if (accessors == null || !seen.add(r)) {
                return;
            }
            for (MethodHandle accessor : accessors) {
                try {
                    walk((Object) accessor.invokeExact((Object) r), out, seen);
                } catch (Error e) {
                    throw e;
                } catch (Throwable e) {
                    // a component that cannot be read: its texts are hashed when met
                }
            }
        } else if (v instanceof Collection<?> c) {
            c.forEach(e -> walk(e, out, seen));
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(e -> walk(e, out, seen));
        } else if (v instanceof Optional<?> o) {
            walk(o.orElse(null), out, seen);
        }
    }

    private static void add(Map<String, byte[]> out, String text, String origin, String part) {
        if (text.length() >= TextDigests.LONG) {
            out.put(text, Digests.sha256().digest(("Markdown " + part + " made from " + origin)
                    .getBytes(StandardCharsets.UTF_8)));
        }
    }
}
