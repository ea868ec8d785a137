package org.agendum.content;

import java.time.LocalDate;

/**
 * Clear days between an agenda's publication and its meeting: working days (not weekends,
 * not bank holidays in England and Wales), counting neither the day of publication nor
 * the day of the meeting. The law asks for at least five.
 */
public final class ClearDays {

    public static final int REQUIRED = 5;

    private ClearDays() {}

    public static int between(LocalDate published, LocalDate meeting) {
        int count = 0;
        for (LocalDate d = published.plusDays(1); d.isBefore(meeting); d = d.plusDays(1)) {
            if (BankHolidays.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
