package org.agendum.content.markdown;

/** A level-2 heading carrying {@code {minute=… item=…}}, with its 1-based source line. */
public record MinuteHeading(String minute, String item, String title, String anchor, int line, int column) {}
