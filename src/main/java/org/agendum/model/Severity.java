package org.agendum.model;

/** How bad a content problem is; {@code check --strict} treats warnings as errors. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
