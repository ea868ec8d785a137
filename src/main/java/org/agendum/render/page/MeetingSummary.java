package org.agendum.render.page;

import org.agendum.model.Meeting;
import org.agendum.model.MeetingStatus;
import org.agendum.model.PublicMeeting;
import org.agendum.render.Format;
import org.agendum.render.SiteIndex;
import org.agendum.render.Urls;

/**
 * A meeting in a list (home, committee page, meetings index).
 *
 * @param statusKey upcoming, held, cancelled or postponed: a CSS hook
 */
public record MeetingSummary(String href, String committee, String date, String isoDate, String time,
        String venue, String status, String statusKey) {

    public static MeetingSummary of(PublicMeeting pm, SiteIndex index) {
        Meeting m = pm.meeting();
        String key = statusKey(m, index);
        return new MeetingSummary(Urls.href(Urls.meeting(m)), pm.committee().name(), Format.longDate(m.date()),
                m.date().toString(), Format.time(m.time()), m.venue(), statusLabel(key), key);
    }

    /** A past scheduled meeting shows as held; a future one as upcoming. */
    public static String statusKey(Meeting m, SiteIndex index) {
        if (m.status() == MeetingStatus.CANCELLED) {
            return "cancelled";
        }
        if (m.status() == MeetingStatus.POSTPONED) {
            return "postponed";
        }
        return index.isPast(m) ? "held" : "upcoming";
    }

    public static String statusLabel(String key) {
        return switch (key) {
            case "cancelled" -> "Cancelled";
            case "postponed" -> "Postponed";
            case "held" -> "Held";
            default -> "Upcoming";
        };
    }
}
