package org.agendum.model;

import java.time.LocalDate;
import java.util.List;

/** An action, operating or business plan, strategy or report, from {@code plans/<slug>.md}. */
public record Plan(
        String slug,
        String title,
        PlanKind kind,
        LocalDate periodFrom,
        LocalDate periodTo,
        String organisation,
        List<Contact> owners,
        LocalDate published,
        List<Priority> priorities,
        Markdown body,
        SourcePosition source) {

    public Plan {
        owners = List.copyOf(owners);
        priorities = List.copyOf(priorities);
    }
}
