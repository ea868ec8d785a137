package org.agendum.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A structured priority of a plan. {@code total} is as written (null if not given);
 * {@code computedTotal} is the sum of the numeric costs, which validation checked equals it.
 */
public record Priority(
        String title,
        String section,
        Markdown baseline,
        Markdown measures,
        Markdown rationale,
        List<Objective> objectives,
        Cost total,
        BigDecimal computedTotal,
        SourcePosition source) {

    public Priority {
        objectives = List.copyOf(objectives);
    }

    /** One objective; single-row objectives have exactly one line. */
    public record Objective(String id, String objective, List<Line> lines) {
        public Objective {
            lines = List.copyOf(lines);
        }
    }

    /** One row of actions, success criteria and cost. */
    public record Line(List<Markdown> actions, List<Markdown> successCriteria, Cost cost) {
        public Line {
            actions = List.copyOf(actions);
            successCriteria = List.copyOf(successCriteria);
        }
    }
}
