package org.agendum.model;

/** What kind of paper a {@code .md} file in a meeting folder is. */
public enum PaperType {
    REPORT, MINUTES, NOTICE, APPENDIX
}
