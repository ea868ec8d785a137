package org.agendum.render.page;

import java.util.Comparator;
import java.util.Locale;
import org.agendum.model.Decision;
import org.agendum.model.DecisionStatus;
import org.agendum.render.Format;
import org.agendum.render.Link;
import org.agendum.render.Urls;

/**
 * A decision in a list (home page, register, forward plan).
 *
 * @param statusKey proposed, taken, called-in, withdrawn: a CSS hook and the register's filter value
 */
public record DecisionSummary(Link link, String number, String title, String maker, String status, String statusKey,
        String date, String isoDate, boolean keyDecision) {

    /** Newest first: by date taken (undated last), then by number, highest first. */
    static final Comparator<Decision> NEWEST_FIRST = Comparator
            .comparing(Decision::date, Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder()))
            .thenComparing(Decision::number).reversed();

    public static DecisionSummary of(Decision d) {
        return new DecisionSummary(Link.to(Urls.decision(d), d.title()), d.number(), d.title(), d.decisionMaker(),
                statusLabel(d.status()), d.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                Format.date(d.date()), d.date() == null ? null : d.date().toString(), d.keyDecision());
    }

    static String statusLabel(DecisionStatus s) {
        return switch (s) {
            case PROPOSED -> "Proposed";
            case TAKEN -> "Taken";
            case CALLED_IN -> "Called in";
            case WITHDRAWN -> "Withdrawn";
        };
    }
}
