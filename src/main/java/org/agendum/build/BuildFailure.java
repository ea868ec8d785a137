package org.agendum.build;

/** A build stopped: the stage that failed and a message meant for the person running it. */
public final class BuildFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String stage;

    public BuildFailure(String stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
