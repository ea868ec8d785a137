package org.agendum.render;

import org.agendum.model.AgendaPacks;
import org.agendum.model.PublishedSite;

/** What every page renderer is handed: the published site's lookups, the PDF packs, the page writer. */
public record RenderContext(SiteIndex index, AgendaPacks packs, PageWriter pages) {

    public PublishedSite site() {
        return index.site();
    }

    /**
     * Whether PDFs of this meeting's papers exist: they are made with its agenda pack, so a
     * link to one is only printed when the pack exists (never with {@code --no-pdf}).
     */
    public boolean pdfsFor(String meetingId) {
        return packs.of(meetingId).isPresent();
    }

    /** Whether this build made PDFs at all (plan PDFs are made with the packs). */
    public boolean pdfsMade() {
        return !packs.byMeeting().isEmpty();
    }
}
