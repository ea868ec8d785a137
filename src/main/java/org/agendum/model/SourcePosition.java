package org.agendum.model;

/**
 * Where something was written: a path as the clerk should see it (relative to the content
 * folder's parent), with 1-based line and column. Line 0 means "the whole file".
 */
public record SourcePosition(String path, int line, int column) implements Comparable<SourcePosition> {

    public static SourcePosition file(String path) {
        return new SourcePosition(path, 0, 0);
    }

    public SourcePosition atLine(int newLine, int newColumn) {
        return new SourcePosition(path, newLine, newColumn);
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return path + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
    }
}
