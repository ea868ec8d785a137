package org.agendum.model;

/** A person or office to ask: any of the fields may be null, at least one is set. */
public record Contact(String name, String title, String phone, String email, String address) {}
