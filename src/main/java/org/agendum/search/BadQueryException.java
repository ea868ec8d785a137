package org.agendum.search;

/** A query a person (or a robot) typed that we refuse; the message says what to change. */
public final class BadQueryException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadQueryException(String message) {
        super(message);
    }
}
