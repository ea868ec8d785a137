package org.agendum.model;

/** Where a decision stands. */
public enum DecisionStatus {
    PROPOSED, TAKEN, CALLED_IN, WITHDRAWN
}
