package org.agendum.model;

import java.util.List;

/** An agenda item. {@code exempt} is null for an unrestricted item. */
public record Item(
        String number,
        String title,
        Markdown purpose,
        String decision,
        List<PaperRef> papers,
        Exemption exempt,
        boolean late,
        String urgency,
        SourcePosition source) {

    public Item {
        papers = List.copyOf(papers);
    }

    public boolean isExempt() {
        return exempt != null;
    }
}
