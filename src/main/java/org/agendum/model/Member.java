package org.agendum.model;

/** A committee member as the membership list shows them. */
public record Member(String name, String role, String group, boolean voting) {}
