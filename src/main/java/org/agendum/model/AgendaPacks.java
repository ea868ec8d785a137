package org.agendum.model;

import java.util.Map;
import java.util.Optional;

/** The agenda packs a build made, by meeting id; empty with {@code --no-pdf}. */
public record AgendaPacks(Map<String, PackLayout> byMeeting) {

    public static final AgendaPacks NONE = new AgendaPacks(Map.of());

    public AgendaPacks {
        byMeeting = Map.copyOf(byMeeting);
    }

    public Optional<PackLayout> of(String meetingId) {
        return Optional.ofNullable(byMeeting.get(meetingId));
    }
}
