package org.agendum.model;

/**
 * The start of a plain text, for summaries in feeds, pages and search fragments: whitespace
 * runs (regex {@code \s}) as one space, trimmed of whitespace at both ends, cut at a number of
 * code points. Works through only as much of the text as the excerpt needs: a regular
 * expression over every whole body first was 1.4 s of a 5,000-paper build's index stage, and
 * 40 % of a warm {@code serve --watch} rebuild of the sample site (its feeds' summaries).
 */
public final class Excerpt {

    private Excerpt() {}

    public static String of(String text, int codePoints) {
        int n = text.length();
        int i = 0;
        while (i < n && Character.isWhitespace(text.codePointAt(i))) { // strip(): leading
            i += Character.charCount(text.codePointAt(i));
        }
        // char by char, a surrogate pair taken whole: codePointAt and appendCodePoint for every
        // character were most of the static search index's fragments under C1. Each step
        // writes no more characters than it reads, and at most two.
        char[] out = new char[Math.min(n - i, 2 * codePoints)];
        int length = 0;
        int count = 0;
        while (i < n && count < codePoints) {
            char c = text.charAt(i++);
            if (isRegexSpace(c)) {
                while (i < n && isRegexSpace(text.charAt(i))) {
                    i++;
                }
                c = ' ';
            } else if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(text.charAt(i))) {
                out[length++] = c;
                c = text.charAt(i++);
            }
            out[length++] = c;
            count++;
        }
        String excerpt = new String(out, 0, length);
        // strip(): trailing, unless text that is not whitespace follows beyond the cut
        for (int j = i; j < n; j += Character.charCount(text.codePointAt(j))) {
            if (!Character.isWhitespace(text.codePointAt(j))) {
                return excerpt;
            }
        }
        return excerpt.stripTrailing();
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
