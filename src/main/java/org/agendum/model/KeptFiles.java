package org.agendum.model;

/**
 * The last build's outputs that may be kept rather than made again: the build cache knows
 * the digest of what each live file was made from ({@link RenderedFile#madeFrom}: a page's
 * view, a search fragment's documents) and whether the live file is still the one it wrote.
 * Stages that can name what an output depends on ask here before making it.
 */
@FunctionalInterface
public interface KeptFiles {

    /** Nothing is kept: every output is made (a full build, or no build cache). */
    KeptFiles NONE = (path, madeFrom) -> false;

    /** Whether the live file at {@code path} was made from input with this digest and is still as written. */
    boolean keeps(String path, String madeFrom);
}
