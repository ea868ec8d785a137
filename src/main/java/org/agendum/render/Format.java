package org.agendum.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates, times, sizes and money read on the public site, in British English as
 * GOV.UK writes them ("Thursday 8 March 2018", "10am", "2:30pm", "£38,996", "1.2 MB").
 * Every formatter is locale-fixed so output never depends on the machine's settings.
 */
public final class Format {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Format() {}

    /** "Thursday 8 March 2018". */
    public static String longDate(LocalDate d) {
        return d == null ? null : LONG_DATE.format(d);
    }

    /** "8 March 2018". */
    public static String date(LocalDate d) {
        return d == null ? null : DATE.format(d);
    }

    /** "8 Mar 2018", for dense tables. */
    public static String shortDate(LocalDate d) {
        return d == null ? null : SHORT_DATE.format(d);
    }

    /** "10am", "2:30pm", "12 noon". */
    public static String time(LocalTime t) {
        if (t == null) {
            return null;
        }
        if (t.getHour() == 12 && t.getMinute() == 0) {
            return "12 noon";
        }
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String suffix = t.getHour() < 12 ? "am" : "pm";
        return t.getMinute() == 0 ? h + suffix : h + ":" + String.format(Locale.ROOT, "%02d", t.getMinute()) + suffix;
    }

    /** "340 KB", "1.2 MB": decimal units, as file managers on most systems show them. */
    public static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        if (bytes < 1_000_000) {
            return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** "£38,996", or "£1,234.50" when pence are given. */
    public static String money(BigDecimal amount) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
        int decimals = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(decimals);
        return f.format(amount);
    }

    /** A short name for a media type, for "PDF, 340 KB". */
    public static String fileKind(String mediaType, String extension) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/msword" -> "Word document";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/vnd.ms-excel" -> "Excel spreadsheet";
            case "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> "PowerPoint presentation";
            case "application/vnd.oasis.opendocument.text" -> "OpenDocument text";
            case "application/vnd.oasis.opendocument.spreadsheet" -> "OpenDocument spreadsheet";
            case "text/csv" -> "CSV";
            case "text/plain" -> "Text file";
            case "image/png", "image/jpeg" -> "Image";
            default -> extension.isEmpty() ? "File" : extension.toUpperCase(Locale.ROOT) + " file";
        };
    }
}
