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

    /** The meeting's own calendar entry, for "Add to calendar". */
    public static String meetingCalendar(Meeting m) {
        return meeting(m) + "meeting.ics";
    }

    /** All meetings, upcoming then past. */
    public static String meetings() {
        return "meetings/";
    }

    public static String committees() {
        return "committees/";
    }

    /** The decisions register. */
    public static String decisions() {
        return "decisions/";
    }

    /** Proposed key decisions; {@code forward-plan} cannot clash with a decision's {@code NN-NNNNN}. */
    public static String forwardPlan() {
        return "decisions/forward-plan/";
    }

    public static String plans() {
        return "plans/";
    }

    public static String search() {
        return "search/";
    }

    public static String home() {
        return "";
    }

    public static final String FEED = "feed.xml";
    public static final String CALENDAR = "calendar.ics";
    public static final String SITEMAP = "sitemap.xml";
    public static final String OPEN_DATA = "data/meetings.json";
    public static final String ROBOTS = "robots.txt";
    public static final String NOT_FOUND = "404.html";

    /**
     * The href for a URL inside the site: a page URL gets its {@code index.html}, so links
     * also work when the site is opened from a folder ({@code file://}), where a server
     * would not turn {@code meetings/} into {@code meetings/index.html}.
     */
    public static String href(String url) {
        return file(url);
    }

    /** The absolute address of {@code url}: what feeds, the sitemap and canonical links use. */
    public static String absolute(String baseUrl, String url) {
        return baseUrl + url;
    }

    /** The file a page URL is written to. */
    public static String file(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }
}
