package org.agendum.model;

import java.util.Map;

/**
 * Where each item's papers sit in a meeting's assembled agenda pack, computed by the PDF
 * stage from the pack itself and shown on the front sheet and the HTML meeting page.
 *
 * @param items item number → the pack pages holding its papers (items without papers absent)
 */
public record PackLayout(String meetingId, int pageCount, long bytes, Map<String, PageRange> items) {

    public PackLayout {
        items = Map.copyOf(items);
    }
}
