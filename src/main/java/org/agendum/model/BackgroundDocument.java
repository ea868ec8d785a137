package org.agendum.model;

/** A background paper named by a report; {@code url} may be null. */
public record BackgroundDocument(String title, String url) {}
