package org.agendum.model;

/** A meeting's status as written; a past scheduled meeting is shown as held. */
public enum MeetingStatus {
    SCHEDULED, CANCELLED, POSTPONED
}
