package org.agendum.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.agendum.model.Embargo;
import org.agendum.model.Meeting;

/** Dates and times as British council papers print them, and the content-derived PDF dates. */
final class PrintFormat {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PrintFormat() {}

    /** "Thursday, 8 March 2018". */
    static String longDate(LocalDate d) {
        return LONG.format(d);
    }

    /** "8 March 2018". */
    static String shortDate(LocalDate d) {
        return SHORT.format(d);
    }

    /** "10.00 am", "2.30 pm", "12 noon". */
    static String time(LocalTime t) {
        if (t.equals(LocalTime.NOON)) {
            return "12 noon";
        }
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return h + "." + String.format(Locale.ROOT, "%02d", t.getMinute()) + (t.getHour() < 12 ? " am" : " pm");
    }

    /**
     * The date a meeting document carries in its metadata: its embargo instant when it has
     * one, else the day the agenda was issued, else the meeting day. Derived from content,
     * never the clock, so an unchanged paper rebuilds to identical bytes.
     */
    static Instant documentDate(Meeting m, Embargo embargo, ZoneId zone) {
        if (embargo != null && embargo.notBefore() != null) {
            return embargo.notBefore();
        }
        LocalDate day = m.agendaPublished() != null ? m.agendaPublished() : m.date();
        return day.atStartOfDay(zone).toInstant();
    }

    static Instant startOfDay(LocalDate d, ZoneId zone) {
        return d.atStartOfDay(zone).toInstant();
    }
}
