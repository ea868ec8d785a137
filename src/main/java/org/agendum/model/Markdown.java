package org.agendum.model;

import java.util.List;

/**
 * A Markdown value, parsed and checked once by the content stage. {@code html} is the safe
 * HTML for exactly the source that was validated, so no later stage re-parses or re-checks
 * it; {@code text} is its plain text (for search, summaries and PDF metadata).
 */
public record Markdown(String source, String html, String text, List<Heading> headings) {

    public static final Markdown EMPTY = new Markdown("", "", "", List.of());

    public Markdown {
        headings = List.copyOf(headings);
    }

    public boolean isEmpty() {
        return source.isBlank();
    }

    /** A heading of the body, with the anchor id it renders with. */
    public record Heading(int level, String text, String id) {}
}
