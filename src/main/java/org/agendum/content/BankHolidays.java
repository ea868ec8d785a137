package org.agendum.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Bank holidays in England and Wales: the fixed rules (with substitute days) plus the
 * one-off changes proclaimed since 1995 — moved May Day and spring holidays, jubilees,
 * royal weddings, funerals and the coronation.
 */
final class BankHolidays {

    private static final Set<LocalDate> ONE_OFF_EXTRA = Set.of(
            LocalDate.of(1999, 12, 31), LocalDate.of(2002, 6, 3), LocalDate.of(2011, 4, 29),
            LocalDate.of(2012, 6, 5), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19),
            LocalDate.of(2023, 5, 8));

    private BankHolidays() {}

    static boolean isBankHoliday(LocalDate d) {
        return holidays(d.getYear()).contains(d);
    }

    static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isBankHoliday(d);
    }

    static Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        days.add(nextWeekday(newYear));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(earlyMay(year));
        days.add(spring(year));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxing = LocalDate.of(year, 12, 26);
        LocalDate christmasObserved = nextWeekday(christmas);
        days.add(christmasObserved);
        LocalDate boxingObserved = nextWeekday(boxing);
        if (!boxingObserved.isAfter(christmasObserved)) {
            boxingObserved = nextWeekday(christmasObserved.plusDays(1));
        }
        days.add(boxingObserved);
        for (LocalDate extra : ONE_OFF_EXTRA) {
            if (extra.getYear() == year) {
                days.add(extra);
            }
        }
        return days;
    }

    private static LocalDate earlyMay(int year) {
        if (year == 1995 || year == 2020) {
            return LocalDate.of(year, 5, 8); // moved to VE Day anniversaries
        }
        return LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate spring(int year) {
        return switch (year) {
            case 2002 -> LocalDate.of(2002, 6, 4);
            case 2012 -> LocalDate.of(2012, 6, 4);
            case 2022 -> LocalDate.of(2022, 6, 2);
            default -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        };
    }

    private static LocalDate nextWeekday(LocalDate d) {
        LocalDate x = d;
        while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
            x = x.plusDays(1);
        }
        return x;
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
