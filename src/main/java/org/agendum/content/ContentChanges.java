package org.agendum.content;

import java.nio.file.Path;
import java.util.Set;

/**
 * The files that changed since the last load, as a file watcher saw them ({@code serve
 * --watch}): created, modified or deleted paths, absolute and normalized. A load given them
 * need not list the content folder again nor read the files it remembers and nobody
 * touched ({@link FileMemo}); anything the watcher could not account for (an overflow of its
 * queue, a new or removed folder) is {@link #UNKNOWN}, and the load reads everything.
 */
public final class ContentChanges {

    /** Nothing known: every file is listed and read. */
    public static final ContentChanges UNKNOWN = new ContentChanges(null);

    private final Set<Path> touched;

    private ContentChanges(Set<Path> touched) {
        this.touched = touched;
    }

    /** Exactly these paths were created, modified or deleted (any others are as the last load read them). */
    public static ContentChanges only(Set<Path> touched) {
        return new ContentChanges(Set.copyOf(touched.stream().map(p -> p.toAbsolutePath().normalize()).toList()));
    }

    public boolean known() {
        return touched != null;
    }

    /** The touched paths; only when {@link #known}. */
    Set<Path> paths() {
        return touched;
    }

    /** Whether {@code file} (absolute, normalized) may have changed. */
    public boolean mayHaveChanged(Path file) {
        return touched == null || touched.contains(file.toAbsolutePath().normalize());
    }
}
