package org.agendum.model;

import java.util.List;

/**
 * A meeting as the public may see it. Before its agenda is issued, {@code items} is empty
 * and {@code meeting} carries no agenda; {@code minutes} is null unless they are public.
 */
public record PublicMeeting(
        Meeting meeting, Committee committee, boolean agendaIssued, List<PublicItem> items, Paper minutes) {

    public PublicMeeting {
        items = List.copyOf(items);
    }

    public String id() {
        return meeting.id();
    }
}
