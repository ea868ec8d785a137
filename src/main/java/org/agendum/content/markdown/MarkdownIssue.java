package org.agendum.content.markdown;

/** A problem in Markdown source at a 1-based line and column of that source. */
public record MarkdownIssue(int line, int column, String message) {}
