package org.agendum.model;

/** One entry of an item's {@code papers} list, in pack order. */
public sealed interface PaperRef {

    SourcePosition source();

    /** A file in the meeting's folder: a paper ({@code .md}) or a supplied attachment. */
    record File(String name, String title, SourcePosition source) implements PaperRef {
        public boolean isPaper() {
            return name.endsWith(".md");
        }

        public String slug() {
            return isPaper() ? name.substring(0, name.length() - 3) : name;
        }
    }

    /** The minutes of another meeting, e.g. "Minutes of the meeting held on 18 January 2018". */
    record Minutes(String meetingId, SourcePosition source) implements PaperRef {}

    /** A record of decision, {@code NN/NNNNN}. */
    record Decision(String number, SourcePosition source) implements PaperRef {}
}
