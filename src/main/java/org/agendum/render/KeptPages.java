package org.agendum.render;

/**
 * The last build's pages that may be kept rather than rendered again: the build cache knows
 * which {@link ViewDigest} each live page was rendered from, and whether the live file is
 * still the one it wrote.
 */
@FunctionalInterface
public interface KeptPages {

    /** Nothing is kept: every page is rendered (a full build, or no build cache). */
    KeptPages NONE = (path, digest) -> false;

    /** Whether the live file at {@code path} was rendered from a view with this {@code digest} and is still as written. */
    boolean keeps(String path, String digest);
}
