package org.agendum.model;

/** A numbered minute: its heading, the agenda item it records, and its anchor id. */
public record Minute(String number, String item, String title, String anchor, SourcePosition source) {}
