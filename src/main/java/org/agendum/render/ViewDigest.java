package org.agendum.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.agendum.model.Digests;
import org.agendum.model.Markdown;

/**
 * Everything a page's bytes depend on, as one SHA-256: the template's name and every value
 * the template is handed, walked the way the template can reach it (record components, list
 * elements and map entries in their order, text as UTF-8). Templates see nothing
 * else: they cannot read files or the clock ({@code ?api} is off and no static models are
 * exposed), and the theme and the code that renders are part of the build cache's salt. So
 * two pages with the same digest have the same bytes, and a page whose digest has not
 * changed since the last build need not be rendered again — its dependency edges (its
 * paper, its meeting, the committee, the footer's standing pages, …) are exactly the values
 * walked here, with no list of them to keep in step with the templates.
 *
 * <p>A Markdown value that knows what it was made from ({@link Markdown#madeFrom}) is fed as
 * that: its html, text and headings follow from it under the same code, which the salt covers.
 *
 * <p>Values of a type this walk does not know (anything but records, text, numbers, booleans,
 * enums, dates, times, zones and durations, collections, maps and optionals) make the page
 * uncacheable: it is then rendered every time, which is slow but never wrong.
 */
public final class ViewDigest {

    /**
     * Each record type's component accessors, looked up once and called as method handles:
     * no reflective call per value. Null for a record whose accessors cannot be reached.
     */
    private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true); // records nested in non-public classes
                    accessors[i] = MethodHandles.lookup().unreflect(accessor)
                            .asType(MethodType.methodType(Object.class, Object.class));
                }
            } catch (IllegalAccessException | RuntimeException e) {
                return null;
            }
            return accessors;
        }
    };

    /** A record type's component accessors, or null if they cannot be reached. */
    static MethodHandle[] components(Class<?> recordType) {
        return COMPONENTS.get(recordType);
    }

    private final MessageDigest md;
    /**
     * Small writes (tags, lengths, short texts) gathered before they reach the digest: one
     * MessageDigest call per byte was most of the cost of digesting a view. Long texts come
     * as their own digest ({@link TextDigests}), so a view rarely fills this.
     */
    private final byte[] pending = new byte[2048];
    private int used;

    private final TextDigests texts;

    private ViewDigest(TextDigests texts) {
        this.texts = texts;
        this.md = Digests.sha256();
    }

    /** The digest of {@code template} with {@code model}, or empty if the model holds a value it cannot walk. */
    public static Optional<String> of(String template, Map<String, ?> model) {
        return of(template, model, TextDigests.none());
    }

    /** As {@link #of(String, Map)}, taking long texts' digests from {@code texts}: the same result. */
    public static Optional<String> of(String template, Map<String, ?> model, TextDigests texts) {
        ViewDigest d = new ViewDigest(texts);
        d.text(template);
        if (!d.value(model)) {
            return Optional.empty();
        }
        d.flush();
        return Optional.of(HexFormat.of().formatHex(d.md.digest()));
    }

    /** Feeds one value, tagged by kind and length-prefixed so no two different values feed the same bytes. */
    private boolean value(Object v) {
        if (v == null) {
            put((byte) 0);
        } else if (v instanceof CharSequence cs) {
            String s = cs.toString();
            if (s.length() >= TextDigests.LONG) { // a body: its own digest stands for it
                put((byte) 10);
                put(texts.of(s));
            } else {
                put((byte) 1);
                text(s);
            }
        } else if (v instanceof Boolean b) {
            put((byte) (b ? 2 : 3));
        } else if (v instanceof Number || v instanceof Character || v instanceof TemporalAccessor
                || v instanceof ZoneId || v instanceof TemporalAmount) {
            put((byte) 4);
            text(v.getClass().getName());
            text(v.toString());
        } else if (v instanceof Enum<?> e) {
            put((byte) 5);
            text(e.getDeclaringClass().getName());
            text(e.name());
        } else if (v instanceof Markdown m && m.madeFrom() != null) {
            put((byte) 11); // its origin stands for html, text and headings (see Markdown)
            text(m.madeFrom());
        } else if (v instanceof Record r) {
            return record(r);
        } else if (v instanceof Collection<?> c) {
            put((byte) 7);
            count(c.size());
            for (Object e : inOrder(c)) {
                if (!value(e)) {
                    return false;
                }
            }
        } else if (v instanceof Map<?, ?> m) {
            put((byte) 8);
            count(m.size());
            for (Map.Entry<?, ?> e : inOrder(m)) {
                if (!value(e.getKey()) || !value(e.getValue())) {
                    return false;
                }
            }
        } else if (v instanceof Optional<?> o) {
            put((byte) 9);
            return value(o.orElse(null));
        } else {
            return false;
        }
        return true;
    }

    /**
     * A collection's elements in the order a template would see them. Lists, sorted and linked
     * sets keep their order; a set with no order of its own (Set.of's changes from one JVM to
     * the next) is walked in sorted order when its elements are text, so the same set has the
     * same digest in every build.
     */
    private static Iterable<?> inOrder(Collection<?> c) {
        if (c instanceof List || c instanceof SortedSet || c instanceof LinkedHashSet || !allText(c)) {
            return c;
        }
        return c.stream().map(String.class::cast).sorted().toList();
    }

    /** A map's entries: in their order for sorted and linked maps, else by key when the keys are text (as for sets). */
    private static Iterable<? extends Map.Entry<?, ?>> inOrder(Map<?, ?> m) {
        if (m instanceof SortedMap || m instanceof LinkedHashMap || !allText(m.keySet())) {
            return m.entrySet();
        }
        return new TreeMap<>(m).entrySet();
    }

    private static boolean allText(Collection<?> c) {
        for (Object o : c) {
            if (!(o instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private boolean record(Record r) {
        MethodHandle[] accessors = COMPONENTS.get(r.getClass());
        if (accessors == null) {
            return false;
        }
        put((byte) 6);
        text(r.getClass().getName());
        for (MethodHandle accessor : accessors) {
            Object component;
            try {
                component = (Object) accessor.invokeExact((Object) r);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) { // an accessor that throws: render the page, do not keep it
                return false;
            }
            if (!value(component)) {
                return false;
            }
        }
        return true;
    }

    private void text(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        count(bytes.length);
        put(bytes);
    }

    private void put(byte b) {
        if (used == pending.length) {
            flush();
        }
        pending[used++] = b;
    }

    private void put(byte[] bytes) {
        if (bytes.length > pending.length - used) {
            flush();
            if (bytes.length > pending.length) {
                md.update(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, pending, used, bytes.length);
        used += bytes.length;
    }

    private void flush() {
        md.update(pending, 0, used);
        used = 0;
    }

    private void count(int n) {
        put((byte) (n >>> 24));
        put((byte) (n >>> 16));
        put((byte) (n >>> 8));
        put((byte) n);
    }
}
