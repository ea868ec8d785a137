package org.agendum.model;

/** One output file of any stage (HTML, PDF, feed, index): its path under the site root, with forward slashes, and its bytes. */
public record RenderedFile(String path, byte[] bytes) {}
