package org.agendum.render;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
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

    /**
     * The site's long Markdown texts by identity → digest, and each value's digests for the
     * next render.
     *
     * @param records how many records the walk went through, to size the next walk's set
     */
    record Found(Map<String, byte[]> byText, Map<Markdown, byte[][]> byValue, int records) {
        static final Found NONE = new Found(Map.of(), Map.of(), 0);
    }

    /**
     * For each record type, the accessors of the components that can hold a Markdown value,
     * judged by their declared types: a paper's dates, names, contacts and positions are never
     * walked (walking every component of every record was most of this class's time).
     * A component whose type does not say (an interface, Object, a type variable) is walked.
     */
    private static final ClassValue<MethodHandle[]> BEARING = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            MethodHandle[] all = ViewDigest.components(type);
            if (all == null) {
                return null;
            }
            RecordComponent[] components = type.getRecordComponents();
            List<MethodHandle> bearing = new ArrayList<>();
            for (int i = 0; i < components.length; i++) {
                // a fresh search from each component, through this type too: a component may
                // reach Markdown only through a record of this very type
                if (mayHold(components[i].getGenericType(), new HashSet<>())) {
                    bearing.add(all[i]);
                }
            }
            return bearing.toArray(MethodHandle[]::new);
        }
    };

    private MarkdownOrigins() {}

    /** The accessors {@link #walk} follows for {@code recordType} (tests). */
    static MethodHandle[] bearing(Class<?> recordType) {
        return BEARING.get(recordType);
    }

    /**
     * @param last what the last render of this renderer found ({@code serve --watch}): values
     *             met again, the very same records, keep their digests instead of hashing again
     */
    static Found of(PublishedSite site, Found last) {
        // sized as last time: growing identity maps entry by entry was most of a warm walk
        Found found = new Found(new IdentityHashMap<>(last.byText().size()),
                new IdentityHashMap<>(last.byValue().size()), 0);
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>(last.records()));
        walk(site, found, last.byValue(), seen);
        return new Found(found.byText(), found.byValue(), seen.size());
    }

    /** Whether a value of declared type {@code t} can be or hold a {@link Markdown} that {@link #walk} would reach. */
    static boolean mayHold(Type t, Set<Class<?>> visiting) {
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) || Optional.class == raw) {
                return mayHold(args[0], visiting);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return mayHold(args[1], visiting);
            }
            return true;
        }
        if (!(t instanceof Class<?> c)) {
            return true; // a type variable or wildcard: anything
        }
        if (c == Markdown.class) {
            return true;
        }
        if (c.isPrimitive() || c.isArray() || c.isEnum() || c == String.class || c == Boolean.class
                || Number.class.isAssignableFrom(c) || Character.class == c || Temporal.class.isAssignableFrom(c)
                || TemporalAmount.class.isAssignableFrom(c) || ZoneId.class.isAssignableFrom(c)) {
            return false; // walk goes into none of these
        }
        if (c.isRecord()) {
            if (!visiting.add(c)) {
                return false; // already being asked about, higher up
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                if (mayHold(rc.getGenericType(), visiting)) {
                    return true;
                }
            }
            return false;
        }
        return true; // an interface, Object, a raw collection: its values say
    }

    private static void walk(Object v, Found out, Map<Markdown, byte[][]> last, Set<Object> seen) {
        if (v instanceof Markdown m) {
            if (m.madeFrom() != null) {
                byte[][] digests = last.get(m);
                if (digests == null) {
                    digests = new byte[][] {digest(m.source(), m.madeFrom(), "source"),
                        digest(m.html(), m.madeFrom(), "html"), digest(m.text(), m.madeFrom(), "text")};
                }
                out.byValue().put(m, digests);
                add(out.byText(), m.source(), digests[0]);
                add(out.byText(), m.html(), digests[1]);
                add(out.byText(), m.text(), digests[2]);
            }
        } else if (v instanceof Record r) {
            MethodHandle[] accessors = BEARING.get(r.getClass());
            if (accessors == null || !seen.add(r)) {
                return;
            }
            for (MethodHandle accessor : accessors) {
                try {
                    walk((Object) accessor.invokeExact((Object) r), out, last, seen);
                } catch (Error e) {
                    throw e;
                } catch (Throwable e) {
                    // a component that cannot be read: its texts are hashed when met
                }
            }
        } else if (v instanceof Collection<?> c) {
            c.forEach(e -> walk(e, out, last, seen));
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(e -> walk(e, out, last, seen));
        } else if (v instanceof Optional<?> o) {
            walk(o.orElse(null), out, last, seen);
        }
    }

    private static byte[] digest(String text, String origin, String part) {
        return text.length() < TextDigests.LONG ? null
                : Digests.sha256().digest(("Markdown " + part + " made from " + origin).getBytes(StandardCharsets.UTF_8));
    }

    private static void add(Map<String, byte[]> out, String text, byte[] digest) {
        if (digest != null) {
            out.put(text, digest);
        }
    }
}
