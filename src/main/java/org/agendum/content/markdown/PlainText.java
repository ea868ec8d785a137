package org.agendum.content.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The plain text of a Markdown document, as it is searched and excerpted (feeds, summaries):
 * the words, with every block (paragraph, heading, list item, quote) set apart by a blank
 * line and every table row and cell by a line break or space, so that no two words of
 * different blocks or cells run together. (flexmark's own text collector ran a heading into
 * the next paragraph and table cells into each other: "DMT Member" + "Signed" became the one
 * word "MemberSigned", unfindable by either.) Raw HTML and attribute blocks are left out.
 */
final class PlainText {

    private PlainText() {}

    static String of(Node document) {
        StringBuilder out = new StringBuilder();
        collect(document, out);
        return out.toString().trim();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof DoNotCollectText || node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            return;
        }
        if (node instanceof Text || node instanceof TextBase) {
            out.append(node.getChars());
            return;
        }
        if (node instanceof HtmlEntity e) {
            out.append(e.getChars().unescape());
            return;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append('\n');
            return;
        }
        String gap = node instanceof Block ? "\n\n" : node instanceof TableRow ? "\n" : node instanceof TableCell ? " " : "";
        separate(out, gap);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, out);
        }
        separate(out, gap);
    }

    /** Ends {@code out} with {@code gap} unless its trailing whitespace already breaks as many lines. */
    private static void separate(StringBuilder out, String gap) {
        if (gap.isEmpty() || out.length() == 0) {
            return;
        }
        int trailing = 0;
        int newlines = 0;
        while (trailing < out.length() && Character.isWhitespace(out.charAt(out.length() - 1 - trailing))) {
            if (out.charAt(out.length() - 1 - trailing) == '\n') {
                newlines++;
            }
            trailing++;
        }
        int wanted = (int) gap.chars().filter(c -> c == '\n').count();
        if (trailing > 0 && newlines >= wanted) {
            return;
        }
        out.setLength(out.length() - trailing);
        out.append(gap);
    }
}
