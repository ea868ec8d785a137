package org.agendum.model;

/** A document an item links to, already known to be public. */
public sealed interface PublicDocument {

    String title();

    /** A paper of this meeting (report, appendix, notice). */
    record OwnPaper(Paper paper, String title) implements PublicDocument {}

    /** A supplied file in the meeting folder. */
    record SuppliedFile(Attachment attachment, String title) implements PublicDocument {}

    /**
     * The minutes of another (or this) meeting. Carries the public minutes paper only: the
     * other meeting's raw record could name its unpublished papers.
     */
    record OtherMinutes(Paper minutes, String title) implements PublicDocument {}

    /** A record of decision. */
    record DecisionRecord(Decision decision, String title) implements PublicDocument {}
}
