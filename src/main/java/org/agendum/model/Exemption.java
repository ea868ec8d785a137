package org.agendum.model;

/** An item's Schedule 12A mark: paragraph 1..7 of Part 1, with an optional reason. */
public record Exemption(int paragraph, String reason) {

    public String statutoryLine() {
        return "Exempt under paragraph " + paragraph
                + " of Part 1 of Schedule 12A to the Local Government Act 1972";
    }
}
