package org.agendum.model;

/** The licence the site's content is published under; {@code url} may be null. */
public record Licence(String text, String url) {}
