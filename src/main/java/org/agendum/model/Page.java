package org.agendum.model;

/** A standing page, from {@code pages/<slug>.md}. */
public record Page(String slug, String title, Markdown summary, boolean draft, Markdown body, SourcePosition source) {}
