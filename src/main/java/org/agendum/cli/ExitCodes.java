package org.agendum.cli;

/** Exit codes other tools rely on; never change their meaning. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
