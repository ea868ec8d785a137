package org.agendum.search;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Markdown;

/**
 * Cuts a Markdown value's plain text at its headings, so each section of a long paper
 * can be its own search document landing on the heading's anchor.
 */
final class Sections {

    /** Below this many characters a paper is one document: sections would only split hits. */
    static final int LONG_PAPER_CHARS = 3000;

    /** Headings at this level or above (1..3) start a section. */
    static final int MAX_LEVEL = 3;

    private Sections() {}

    /** A part of the text: {@code heading} is null for the text before the first heading. */
    record Section(Markdown.Heading heading, String text) {}

    static boolean isLong(Markdown body) {
        return body.text().length() >= LONG_PAPER_CHARS
                && body.headings().stream().anyMatch(h -> h.level() <= MAX_LEVEL);
    }

    /**
     * The text before the first heading, then one section per heading. The plain text
     * carries each heading's text on its own line, found in order; a heading that cannot be
     * found (rare: inline markup that renders differently) stays inside the previous section.
     */
    static List<Section> split(Markdown body) {
        String text = body.text();
        List<Section> out = new ArrayList<>();
        Markdown.Heading current = null;
        int start = 0;
        int from = 0;
        for (Markdown.Heading h : body.headings()) {
            if (h.level() > MAX_LEVEL || h.text().isBlank()) {
                continue;
            }
            int at = text.indexOf(h.text(), from);
            if (at < 0) {
                continue;
            }
            out.add(new Section(current, text.substring(start, at).strip()));
            current = h;
            start = at + h.text().length();
            from = start;
        }
        out.add(new Section(current, text.substring(start).strip()));
        return out;
    }
}
