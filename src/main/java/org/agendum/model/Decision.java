package org.agendum.model;

import java.time.LocalDate;

/** A record of decision, from {@code decisions/<yy>-<nnnnn>.md}; {@code number} is {@code NN/NNNNN}. */
public record Decision(
        String number,
        String title,
        String decisionMaker,
        boolean keyDecision,
        Classification classification,
        DecisionStatus status,
        LocalDate date,
        Markdown reasons,
        Markdown consultation,
        Markdown alternatives,
        Markdown conflicts,
        Markdown dispensations,
        String report,
        Embargo embargo,
        Markdown body,
        SourcePosition source) {

    /** The file and URL slug: 18/00004 → 18-00004. */
    public String slug() {
        return number.replace('/', '-');
    }
}
