package org.agendum.model;

import java.util.List;
import java.util.Objects;

/**
 * A Markdown value, parsed and checked once by the content stage. {@code html} is the safe
 * HTML for exactly the source that was validated, so no later stage re-parses or re-checks
 * it; {@code text} is its plain text (for search, summaries and PDF metadata).
 *
 * <p>{@code madeFrom}, when known, names what the value was made from: the digest of its
 * source and of how it was read (the content stage's Markdown memo key). With the same code,
 * html, text and headings follow from it, so a page's view digest can take these 64
 * characters for the whole value instead of hashing its texts again (a fifth of a one-paper
 * rebuild's CPU). It is not part of the value: equality ignores it, as the same text read
 * without the memo is the same value.
 */
public record Markdown(String source, String html, String text, List<Heading> headings, String madeFrom) {

    public static final Markdown EMPTY = new Markdown("", "", "", List.of());

    public Markdown {
        headings = List.copyOf(headings);
    }

    /** A value whose origin is not known. */
    public Markdown(String source, String html, String text, List<Heading> headings) {
        this(source, html, text, headings, null);
    }

    public boolean isEmpty() {
        return source.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Markdown m && source.equals(m.source) && html.equals(m.html) && text.equals(m.text)
                && headings.equals(m.headings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, html, text, headings);
    }

    /** A heading of the body, with the anchor id it renders with. */
    public record Heading(int level, String text, String id) {}
}
