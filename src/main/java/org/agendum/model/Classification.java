package org.agendum.model;

/** Whether a paper or decision may be shown to the public at all. */
public enum Classification {
    UNRESTRICTED, EXEMPT
}
