package org.agendum.model;

import java.time.Instant;
import java.time.LocalDate;

/** Why a paper or decision is, or is not, public at the build's clock. */
public sealed interface PublicationState {

    default boolean isPublic() {
        return this instanceof Published;
    }

    record Published() implements PublicationState {}

    record Draft() implements PublicationState {}

    record Embargoed(Instant until) implements PublicationState {}

    record Exempt(int paragraph) implements PublicationState {}

    /** The meeting's agenda has not been issued yet. */
    record AgendaNotIssued(LocalDate issueDate) implements PublicationState {}

    /** No agenda item or minutes entry refers to it, so it has no place to be published. */
    record Unlisted() implements PublicationState {}
}
