package org.agendum.content;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.agendum.content.markdown.MarkdownIssue;
import org.agendum.content.markdown.MarkdownProcessor;
import org.agendum.model.Markdown;
import org.agendum.model.SourcePosition;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read against a fixed set of keys: typed getters that report wrong types at
 * the value's position, and {@link #finish()} that reports every unknown key with a
 * "did you mean" hint. Getters return null (or an empty value) after reporting, so a loader
 * carries on and finds every problem in one pass.
 */
final class YamlMap {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");

    private final FileContext ctx;
    private final MappingNode node;
    private final Set<String> known;
    private final String what;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(FileContext ctx, MappingNode node, Set<String> known, String what) {
        this.ctx = ctx;
        this.node = node;
        this.known = known;
        this.what = what;
        for (NodeTuple t : node.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null) {
                ctx.error(pos(t.getKeyNode()), "a key must be plain text");
            } else if (entries.containsKey(key)) {
                ctx.error(pos(t.getKeyNode()), "duplicate key `" + key + "` (first at line "
                        + pos(entries.get(key).getKeyNode()).line() + ")");
            } else {
                entries.put(key, t);
            }
        }
    }

    /** Wraps {@code n} if it is a mapping; otherwise reports and returns null. */
    static YamlMap of(FileContext ctx, Node n, Set<String> known, String what) {
        if (n instanceof MappingNode m) {
            return new YamlMap(ctx, m, known, what);
        }
        ctx.error(positionOf(ctx, n), what + " must be a mapping of `key: value` lines, found "
                + describe(n));
        return null;
    }

    static SourcePosition position(SourceFile file, Node n, int lineOffset) {
        return n.getStartMark()
                .map(m -> file.at(m.getLine() + 1 + lineOffset, m.getColumn() + 1))
                .orElse(file.at(lineOffset + 1, 1));
    }

    static SourcePosition positionOf(FileContext ctx, Node n) {
        return n == null ? ctx.file().at(ctx.lineOffset() + 1, 1) : position(ctx.file(), n, ctx.lineOffset());
    }

    SourcePosition pos(Node n) {
        return positionOf(ctx, n);
    }

    SourcePosition position() {
        return pos(node);
    }

    static String describe(Node n) {
        if (n == null) {
            return "nothing";
        }
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) n;
        if (s.getTag().equals(Tag.NULL)) {
            return "an empty value";
        }
        return "`" + abbreviate(s.getValue()) + "`";
    }

    private static String abbreviate(String v) {
        String one = v.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 37) + "..." : one;
    }

    FileContext context() {
        return ctx;
    }

    boolean has(String key) {
        NodeTuple t = entries.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    /** Whether the key is written at all, even with an empty value. */
    boolean hasKey(String key) {
        return entries.containsKey(key);
    }

    Node raw(String key) {
        NodeTuple t = entries.get(key);
        return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
    }

    SourcePosition keyPos(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? position() : pos(t.getKeyNode());
    }

    SourcePosition valuePos(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? position() : pos(t.getValueNode());
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** Reports the required key missing; returns true when it is present. */
    boolean require(String key) {
        if (has(key)) {
            return true;
        }
        ctx.error(position(), what + " is missing required key `" + key + "`");
        return false;
    }

    /** Reports every key not in the known set. */
    void finish() {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                ctx.error(pos(e.getValue().getKeyNode()), "unknown key `" + e.getKey() + "` in " + what
                        + Suggest.didYouMean(e.getKey(), known));
            }
        }
    }

    // ---- typed getters -------------------------------------------------------------

    String text(String key, boolean required) {
        if (required && !require(key)) {
            return null;
        }
        Node n = raw(key);
        return n == null ? null : text(ctx, n, key);
    }

    static String text(FileContext ctx, Node n, String key) {
        if (n instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            String v = s.getValue().strip();
            if (v.isEmpty()) {
                ctx.error(positionOf(ctx, n), "`" + key + "` is empty");
                return null;
            }
            return v;
        }
        ctx.error(positionOf(ctx, n), "`" + key + "` must be text, found " + describe(n));
        return null;
    }

    Markdown markdown(String key) {
        Node n = raw(key);
        return n == null ? Markdown.EMPTY : markdown(ctx, n, key, false);
    }

    static Markdown markdown(FileContext ctx, Node n, String key, boolean minutes) {
        if (!(n instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
            ctx.error(positionOf(ctx, n), "`" + key + "` must be Markdown text, found " + describe(n));
            return Markdown.EMPTY;
        }
        MarkdownProcessor.Result r = ctx.markdown().process(s.getValue(), minutes);
        SourcePosition start = positionOf(ctx, n);
        // Block scalars (| and >) start on the line after their indicator.
        int firstLine = start.line() + (s.getScalarStyle() == ScalarStyle.LITERAL
                || s.getScalarStyle() == ScalarStyle.FOLDED ? 1 : 0);
        for (MarkdownIssue issue : r.issues()) {
            ctx.error(start.atLine(firstLine + issue.line() - 1,
                    issue.line() == 1 && firstLine == start.line() ? start.column() + issue.column() - 1 : issue.column()),
                    issue.message());
        }
        return r.markdown();
    }

    Boolean bool(String key, boolean required) {
        if (required && !require(key)) {
            return null;
        }
        Node n = raw(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
        }
        ctx.error(pos(n), "`" + key + "` must be true or false, found " + describe(n));
        return null;
    }

    Integer integer(String key) {
        Node n = raw(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return Integer.valueOf(s.getValue());
            } catch (NumberFormatException e) {
                // falls through to the report below
            }
        }
        ctx.error(pos(n), "`" + key + "` must be a whole number, found " + describe(n));
        return null;
    }

    LocalDate date(String key, boolean required) {
        if (required && !require(key)) {
            return null;
        }
        Node n = raw(key);
        return n == null ? null : date(ctx, n, key);
    }

    static LocalDate date(FileContext ctx, Node n, String key) {
        String v = n instanceof ScalarNode s ? s.getValue().strip() : null;
        if (v == null || !DATE.matcher(v).matches()) {
            ctx.error(positionOf(ctx, n), "`" + key + "` must be a date written YYYY-MM-DD, found " + describe(n));
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            ctx.error(positionOf(ctx, n), "`" + key + "` is not a real date: " + v
                    + " (check the day and month)");
            return null;
        }
    }

    LocalTime time(String key, boolean required) {
        if (required && !require(key)) {
            return null;
        }
        Node n = raw(key);
        if (n == null) {
            return null;
        }
        String v = n instanceof ScalarNode s ? s.getValue().strip() : "";
        if (!TIME.matcher(v).matches()) {
            ctx.error(pos(n), "`" + key + "` must be a 24-hour time HH:MM such as \"10:00\", found " + describe(n));
            return null;
        }
        return LocalTime.parse(v.length() == 4 ? "0" + v : v);
    }

    /** An ISO 8601 instant; without an offset it is read in the site's timezone. */
    Instant dateTime(String key) {
        Node n = raw(key);
        if (n == null) {
            return null;
        }
        String v = n instanceof ScalarNode s ? s.getValue().strip().replace(' ', 'T') : "";
        try {
            if (DATE.matcher(v).matches()) {
                return LocalDate.parse(v).atStartOfDay(ctx.zone()).toInstant();
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(v).toInstant();
            }
            return LocalDateTime.parse(v).atZone(ctx.zone()).toInstant();
        } catch (DateTimeException e) {
            ctx.error(pos(n), "`" + key + "` must be a date-time such as 2026-12-01T09:00:00Z"
                    + " (or a real date YYYY-MM-DD), found " + describe(n));
            return null;
        }
    }

    /** One of a fixed set of lower-case words; the default when absent. */
    <E extends Enum<E>> E choice(String key, Class<E> type, E fallback, boolean required) {
        if (required && !require(key)) {
            return fallback;
        }
        Node n = raw(key);
        if (n == null) {
            return fallback;
        }
        Map<String, E> words = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            words.put(e.name().toLowerCase(Locale.ROOT).replace('_', '-'), e);
        }
        String v = n instanceof ScalarNode s ? s.getValue().strip() : null;
        E found = v == null ? null : words.get(v);
        if (found == null) {
            ctx.error(pos(n), "`" + key + "` must be one of " + String.join(", ", words.keySet())
                    + ", found " + describe(n) + (v == null ? "" : Suggest.didYouMean(v, words.keySet())));
            return fallback;
        }
        return found;
    }

    /** A list value (a single non-list value is reported); empty when absent. */
    List<Node> list(String key) {
        Node n = raw(key);
        if (n == null) {
            return List.of();
        }
        if (n instanceof SequenceNode s) {
            return s.getValue();
        }
        ctx.error(pos(n), "`" + key + "` must be a list (lines starting with `- `), found " + describe(n));
        return List.of();
    }

    List<String> textList(String key) {
        List<String> out = new ArrayList<>();
        for (Node n : list(key)) {
            String v = text(ctx, n, key);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    <T> List<T> mapList(String key, Function<Node, T> reader) {
        List<T> out = new ArrayList<>();
        for (Node n : list(key)) {
            T v = reader.apply(n);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** A number of pounds or text as written: used by plan costs. */
    static BigDecimal scalarNumber(Node n) {
        if (n instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            try {
                return new BigDecimal(s.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
