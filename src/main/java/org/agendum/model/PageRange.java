package org.agendum.model;

/** Pages {@code first}..{@code last} (1-based, inclusive) of an agenda pack. */
public record PageRange(int first, int last) {

    /** As councils print it: "Page 23" or "Pages 25 - 40". */
    public String label() {
        return first == last ? "Page " + first : "Pages " + first + " - " + last;
    }
}
