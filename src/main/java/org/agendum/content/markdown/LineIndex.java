package org.agendum.content.markdown;

import java.util.Arrays;

/**
 * Maps character offsets in a text to 1-based line and column. The line table is built on
 * the first question: most values have no problem to place, and scanning every source for
 * line breaks up front was a measurable part of {@code check}.
 */
final class LineIndex {

    private final CharSequence text;
    private int[] lineStarts;

    LineIndex(CharSequence text) {
        this.text = text;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int n = 0;
            starts[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, n);
        }
        return lineStarts;
    }

    int[] lineColumn(int offset) {
        int[] starts = lineStarts();
        int idx = Arrays.binarySearch(starts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new int[] {line + 1, offset - starts[line] + 1};
    }

    MarkdownIssue issue(int offset, String message) {
        int[] lc = lineColumn(Math.max(0, offset));
        return new MarkdownIssue(lc[0], lc[1], message);
    }
}
