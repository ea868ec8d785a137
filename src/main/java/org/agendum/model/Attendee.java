package org.agendum.model;

/** Someone recorded in minutes: present, also present, an officer or an apology. */
public record Attendee(String name, String role, String title, String substituteFor) {}
