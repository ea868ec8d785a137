package org.agendum.model;

import java.math.BigDecimal;

/**
 * A cost as written ({@code 38996}, {@code "£38,996"}, {@code TBC}, {@code N/A}, free text);
 * {@code amount} is the pounds it counts for in a total, or null when it counts as nothing.
 */
public record Cost(String text, BigDecimal amount) {}
