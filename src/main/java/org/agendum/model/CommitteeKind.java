package org.agendum.model;

/** The kinds of committee the content model allows, as written in YAML. */
public enum CommitteeKind {
    COUNCIL("council"), CABINET("cabinet"), CABINET_COMMITTEE("cabinet-committee"),
    SELECT_COMMITTEE("select-committee"), SCRUTINY("scrutiny"), PANEL("panel"),
    BOARD("board"), OTHER("other");

    private final String yaml;

    CommitteeKind(String yaml) {
        this.yaml = yaml;
    }

    public String yaml() {
        return yaml;
    }
}
