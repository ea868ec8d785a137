package org.agendum.model;

import java.util.Comparator;

/** One problem in the content, reported as {@code path:line:col: error|warning: message}. */
public record Diagnostic(SourcePosition position, Severity severity, String message)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(SourcePosition at, String message) {
        return new Diagnostic(at, Severity.ERROR, message);
    }

    public static Diagnostic warning(SourcePosition at, String message) {
        return new Diagnostic(at, Severity.WARNING, message);
    }

    public String format() {
        return position + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }
}
