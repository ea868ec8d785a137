package org.agendum.render;

/** One output file: its path under the site root (forward slashes) and its bytes. */
public record RenderedFile(String path, byte[] bytes) {}
