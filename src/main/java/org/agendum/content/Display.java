package org.agendum.content;

import java.nio.file.Path;
import org.agendum.model.SourcePosition;

/**
 * How file paths are shown in diagnostics: relative to the content folder's parent (so
 * {@code content/site.yaml}), always with forward slashes.
 */
record Display(Path contentRoot, String prefix) {

    static Display forRoot(Path contentRoot, String asGiven) {
        String p = asGiven.replace('\\', '/');
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return new Display(contentRoot, p);
    }

    String name(Path file) {
        Path rel = contentRoot.relativize(file.toAbsolutePath().normalize());
        String r = rel.toString().replace('\\', '/');
        return r.isEmpty() ? prefix : prefix + "/" + r;
    }

    SourcePosition of(Path file) {
        return SourcePosition.file(name(file));
    }
}
