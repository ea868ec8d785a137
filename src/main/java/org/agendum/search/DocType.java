package org.agendum.search;

import java.util.Locale;

/** What a search result is; its {@link #id()} is the {@code type} facet value and filter. */
public enum DocType {
    REPORT, APPENDIX, NOTICE, MINUTES, DECISION, PLAN, MEETING, ITEM, ATTACHMENT, PAGE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code id}, or null when no type has that name. */
    public static DocType byId(String id) {
        for (DocType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
