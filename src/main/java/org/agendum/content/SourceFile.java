package org.agendum.content;

import java.nio.file.Path;
import org.agendum.model.SourcePosition;

/**
 * A content file's decoded text and how to name it in diagnostics.
 *
 * @param path    the file on disk
 * @param display the path as the clerk should see it, e.g. {@code content/site.yaml}
 * @param text    its UTF-8 text, byte-order mark removed
 */
public record SourceFile(Path path, String display, String text) {

    public SourcePosition at(int line, int column) {
        return new SourcePosition(display, line, column);
    }

    public SourcePosition whole() {
        return SourcePosition.file(display);
    }
}
