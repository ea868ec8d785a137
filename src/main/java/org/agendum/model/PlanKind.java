package org.agendum.model;

/** The kinds of plan the content model allows. */
public enum PlanKind {
    ACTION_PLAN, OPERATING_PLAN, BUSINESS_PLAN, STRATEGY, REPORT
}
