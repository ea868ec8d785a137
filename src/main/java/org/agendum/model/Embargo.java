package org.agendum.model;

import java.time.Instant;

/** The two switches every publishable document carries: a draft flag and an embargo instant. */
public record Embargo(boolean draft, Instant notBefore) {

    public static final Embargo NONE = new Embargo(false, null);
}
