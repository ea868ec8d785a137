package org.agendum.model;

import java.util.List;

/** The parts only minutes have. {@code draft} minutes are published marked as such. */
public record MinutesDetails(
        boolean draft,
        List<Attendee> present,
        List<Attendee> alsoPresent,
        List<Attendee> officers,
        List<Attendee> apologies,
        List<Minute> minutes) {

    public MinutesDetails {
        present = List.copyOf(present);
        alsoPresent = List.copyOf(alsoPresent);
        officers = List.copyOf(officers);
        apologies = List.copyOf(apologies);
        minutes = List.copyOf(minutes);
    }
}
