package org.agendum.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.agendum.model.Diagnostic;
import org.agendum.model.Severity;
import org.agendum.model.SourcePosition;

/**
 * Collects every problem found while loading, so they are reported together. One instance
 * per load, passed down explicitly; the list is capped so a pathological file cannot flood
 * memory, and the number cut is kept for the summary.
 */
public final class Diagnostics {

    public static final int DEFAULT_CAP = 1000;

    private final List<Diagnostic> list = new ArrayList<>();
    private final int cap;
    private int dropped;
    private int errors;

    public Diagnostics() {
        this(DEFAULT_CAP);
    }

    public Diagnostics(int cap) {
        this.cap = cap;
    }

    public synchronized void add(Diagnostic d) {
        if (d.severity() == Severity.ERROR) {
            errors++;
        }
        if (list.size() < cap) {
            list.add(d);
        } else {
            dropped++;
        }
    }

    public void error(SourcePosition at, String message) {
        add(Diagnostic.error(at, message));
    }

    public void warning(SourcePosition at, String message) {
        add(Diagnostic.warning(at, message));
    }

    /** Whether nothing at all was reported, not even a warning. */
    public synchronized boolean isEmpty() {
        return list.isEmpty() && dropped == 0;
    }

    /** Adds everything {@code other} collected (its own load of one file), as if reported here. */
    public void addAll(Diagnostics other) {
        List<Diagnostic> theirs;
        int theirDropped;
        int theirErrors;
        synchronized (other) {
            theirs = new ArrayList<>(other.list);
            theirDropped = other.dropped;
            theirErrors = other.errors;
        }
        synchronized (this) {
            for (Diagnostic d : theirs) {
                if (list.size() < cap) {
                    list.add(d);
                } else {
                    dropped++;
                }
            }
            dropped += theirDropped;
            errors += theirErrors;
        }
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    /** All kept diagnostics, sorted by path, line, column. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    public synchronized int dropped() {
        return dropped;
    }
}
