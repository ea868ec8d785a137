package org.agendum.model;

/** A document an item links to, already known to be public. */
public sealed interface PublicDocument {

    String title();

    /** A paper of this meeting (report, appendix, notice). */
    record OwnPaper(Paper paper, String title) implements PublicDocument {}

    /** A supplied file in the meeting folder. */
    record SuppliedFile(Attachment attachment, String title) implements PublicDocument {}

    /** The minutes of another (or this) meeting. */
    record OtherMinutes(Paper minutes, Meeting meeting, String title) implements PublicDocument {}

    /** A record of decision. */
    record DecisionRecord(Decision decision, String title) implements PublicDocument {}
}
