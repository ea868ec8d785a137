package org.agendum.render;

import org.agendum.model.Committee;
import org.agendum.model.Decision;
import org.agendum.model.Meeting;
import org.agendum.model.Page;
import org.agendum.model.Paper;
import org.agendum.model.PaperType;
import org.agendum.model.Plan;

/**
 * The permanent URLs of the content model, relative to the site root, in one place. Pages
 * end with a slash and are written as {@code <url>index.html}.
 */
public final class Urls {

    private Urls() {}

    public static String meeting(Meeting m) {
        return "meetings/" + m.path() + "/";
    }

    public static String meeting(String meetingId) {
        return "meetings/" + meetingId.substring(0, 4) + "/" + meetingId + "/";
    }

    public static String agendaPack(Meeting m) {
        return meeting(m) + "agenda-pack.pdf";
    }

    public static String paper(Paper p) {
        return meeting(p.meetingId()) + (p.type() == PaperType.MINUTES ? "minutes" : p.slug()) + "/";
    }

    public static String paperPdf(Paper p) {
        return meeting(p.meetingId()) + (p.type() == PaperType.MINUTES ? "minutes" : p.slug()) + ".pdf";
    }

    public static String attachment(String meetingId, String fileName) {
        return meeting(meetingId) + fileName;
    }

    public static String committee(Committee c) {
        return "committees/" + c.slug() + "/";
    }

    public static String committeeCalendar(Committee c) {
        return committee(c) + "calendar.ics";
    }

    public static String decision(Decision d) {
        return "decisions/" + d.slug() + "/";
    }

    public static String plan(Plan p) {
        return "plans/" + p.slug() + "/";
    }

    public static String planPdf(Plan p) {
        return "plans/" + p.slug() + ".pdf";
    }

    public static String page(Page p) {
        return p.slug() + "/";
    }

    /** The file a page URL is written to. */
    public static String file(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }
}
