package org.agendum.pdf;

import java.util.List;

/**
 * What the print layout needs for any document: its title, language and description (for
 * the PDF and its tags), the running header ({@code head} left, {@code when} right), an
 * optional running footer, and the outline entries.
 */
public record PrintPage(
        String title,
        String language,
        String description,
        String author,
        String head,
        String when,
        String foot,
        List<Bookmark> bookmarks) {

    public PrintPage {
        bookmarks = List.copyOf(bookmarks);
    }

    /** One outline entry pointing at an element id in the document. */
    public record Bookmark(String name, String anchor) {}
}
