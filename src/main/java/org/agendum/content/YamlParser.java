package org.agendum.content;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.agendum.model.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML 1.2 (core schema) to a node tree with positions. Anchors and aliases are refused:
 * clerks never need them and they are how "billion laughs" documents blow up.
 */
final class YamlParser {

    /** Large enough for any real agenda; small enough that a hostile file is cut short. */
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    static final int MAX_DEPTH = 64;

    private YamlParser() {}

    /**
     * Parses one document. {@code lineOffset} is added to every line (front matter starts
     * after its {@code ---} line). Returns empty after reporting when the text is unusable.
     */
    static Optional<Node> parse(SourceFile file, String text, int lineOffset, Diagnostics diagnostics) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.display())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // we report duplicates ourselves, with both positions
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isPresent() && !shapeIsSafe(root.get(), file, lineOffset, diagnostics)) {
                return Optional.empty();
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            SourcePosition at = mark == null
                    ? file.at(lineOffset + 1, 1)
                    : file.at(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            diagnostics.error(at, "YAML syntax: " + describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            String msg = oneLine(e.getMessage());
            diagnostics.error(file.at(lineOffset + 1, 1), msg.contains("aliases")
                    ? "anchors and aliases (&name, *name) are not allowed in content files; write the value out"
                    : "YAML: " + msg);
            return Optional.empty();
        }
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String msg = (context.isEmpty() ? problem : context + ": " + problem).trim();
        if (msg.contains("alias") || msg.contains("anchor")) {
            return msg + " (anchors and aliases are not allowed in content files; write the value out)";
        }
        if (msg.contains("mapping values are not allowed")) {
            return msg + " (quote a text value that contains \": \")";
        }
        return oneLine(msg);
    }

    static String oneLine(String s) {
        return s == null ? "unknown problem" : s.replaceAll("\\s+", " ").trim();
    }

    /** Rejects anchors (aliases share nodes) and absurd nesting before anyone walks the tree. */
    private static boolean shapeIsSafe(Node root, SourceFile file, int lineOffset, Diagnostics d) {
        return walk(root, 0, new IdentityHashMap<>(), file, lineOffset, d);
    }

    private static boolean walk(Node node, int depth, Map<Node, Boolean> seen, SourceFile file,
            int lineOffset, Diagnostics d) {
        if (node.getAnchor().isPresent() || seen.put(node, Boolean.TRUE) != null) {
            d.error(YamlMap.position(file, node, lineOffset),
                    "anchors and aliases (&name, *name) are not allowed in content files; write the value out");
            return false;
        }
        if (depth > MAX_DEPTH) {
            d.error(YamlMap.position(file, node, lineOffset),
                    "YAML nested more than " + MAX_DEPTH + " levels deep");
            return false;
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!walk(t.getKeyNode(), depth + 1, seen, file, lineOffset, d)
                        || !walk(t.getValueNode(), depth + 1, seen, file, lineOffset, d)) {
                    return false;
                }
            }
        } else if (node instanceof SequenceNode s) {
            for (Node child : s.getValue()) {
                if (!walk(child, depth + 1, seen, file, lineOffset, d)) {
                    return false;
                }
            }
        }
        return true;
    }
}
