package org.agendum.render.feed;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.agendum.model.Committee;
import org.agendum.model.KeptFiles;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingStatus;
import org.agendum.model.PublicMeeting;
import org.agendum.model.RenderedFile;
import org.agendum.model.SiteInfo;
import org.agendum.render.Format;
import org.agendum.render.SiteIndex;
import org.agendum.render.Urls;
import org.agendum.render.ViewDigest;

/**
 * iCalendar (RFC 5545) files, written with ical4j: {@code calendar.ics} with every meeting,
 * one per committee, and one per meeting for "Add to calendar". Times are local to the
 * site's timezone, whose VTIMEZONE is included; each meeting's UID is derived from its
 * permanent id, so a subscribed calendar updates an event instead of duplicating it.
 * A cancelled or postponed meeting stays in the calendar as STATUS:CANCELLED.
 */
public final class CalendarFeeds {

    private final SiteIndex index;
    private final SiteInfo site;
    private final KeptFiles kept;
    /** The site's VTIMEZONE, printed and folded once, when a first calendar is printed ({@link #print}). */
    private String timezone;
    private final Instant stamp;

    private CalendarFeeds(SiteIndex index, KeptFiles kept) {
        this.index = index;
        this.site = index.site().site();
        this.kept = kept;
        // DTSTAMP is required: the build's day (00:00 UTC), from the build's clock so it is
        // deterministic for a given --now, and the day rather than the second so a calendar
        // whose meetings did not change is the same file all day. Stamped to the second, every
        // build without --now (CI, a clerk's serve --watch) printed and rewrote all 1,011
        // calendars of a 5,000-paper site: half a second of each save.
        this.stamp = index.now().truncatedTo(ChronoUnit.DAYS);
    }

    /**
     * Everything a calendar file is printed from (the VTIMEZONE follows from the zone): its
     * {@link ViewDigest} lets a rebuild keep the live file, as pages are kept, instead of
     * printing a thousand meetings' calendars again after one paper changed.
     */
    record CalendarView(String name, String publisher, ZoneId timezone, Instant stamp, List<Event> events) {}

    /** One meeting as its VEVENT shows it. */
    record Event(String uid, String summary, ZonedDateTime start, String venue, String url, boolean confirmed) {}

    /** The calendars, keeping the live ones {@code kept} vouches for. */
    public static List<RenderedFile> render(SiteIndex index, KeptFiles kept) {
        CalendarFeeds feeds = new CalendarFeeds(index, kept);
        List<RenderedFile> files = new ArrayList<>();
        List<PublicMeeting> all = index.meetingsByDate();
        files.add(feeds.file(Urls.CALENDAR, site(index).title(), all));
        for (Committee c : index.site().committees()) {
            files.add(feeds.file(Urls.committeeCalendar(c), c.name(), index.meetingsOf(c)));
        }
        // one small file per meeting ("Add to calendar"): ical4j takes most of a millisecond
        // for each, so they are made on every core; the list keeps the meetings' order
        files.addAll(all.parallelStream().map(m -> feeds.file(Urls.meetingCalendar(m.meeting()),
                m.committee().name() + ", " + Format.date(m.meeting().date()), List.of(m))).toList());
        return files;
    }

    private static SiteInfo site(SiteIndex index) {
        return index.site().site();
    }

    private RenderedFile file(String path, String name, List<PublicMeeting> meetings) {
        CalendarView view = new CalendarView(name, site.publisher(), site.timezone(), stamp,
                meetings.stream().map(this::event).toList());
        String digest = ViewDigest.of("calendar", Map.of("calendar", view)).orElse(null);
        if (digest != null && kept.keeps(path, digest)) {
            return RenderedFile.kept(path, digest);
        }
        return new RenderedFile(path, print(view).getBytes(StandardCharsets.UTF_8), digest);
    }

    private String print(CalendarView view) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Agendum//" + view.publisher() + "//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(ImmutableMethod.PUBLISH);
        cal.add(new XProperty("X-WR-CALNAME", view.name()));
        cal.add(new XProperty("X-WR-TIMEZONE", view.timezone().getId()));
        for (Event e : view.events()) {
            cal.add(vevent(e, view.stamp()));
        }
        // The VTIMEZONE goes first among the components, as if added to the calendar before
        // the events: the text of a calendar is its content lines, each folded on its own, so
        // the same bytes. It is printed once per build instead of once per file: every one of
        // a large site's thousand calendars carries the same 6 KB definition (Europe/London
        // back to 1847), and printing and folding it again was most of the calendars' time.
        String text = folded(cal.toString());
        int firstComponent = text.indexOf("\r\nBEGIN:");
        int at = (firstComponent >= 0 ? firstComponent : text.lastIndexOf("\r\nEND:VCALENDAR")) + 2;
        return text.substring(0, at) + timezone(view.timezone()) + text.substring(at);
    }

    private synchronized String timezone(ZoneId zone) {
        if (timezone == null) {
            TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
            VTimeZone vzone = registry.getTimeZone(zone.getId()).getVTimeZone();
            timezone = folded(vzone.toString());
        }
        return timezone;
    }

    /** Content lines folded at 75 octets, as ical4j's CalendarOutputter writes them. */
    private static String folded(String unfolded) {
        // FoldingWriter writes one character at a time: into a StringWriter each would be a
        // synchronized StringBuffer append
        StringBuilder text = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        try (FoldingWriter out = new FoldingWriter(new Writer() {
            @Override
            public void write(int c) {
                text.append((char) c);
            }

            @Override
            public void write(char[] chars, int off, int len) {
                text.append(chars, off, len);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        }, FoldingWriter.REDUCED_FOLD_LENGTH)) {
            out.write(unfolded);
        } catch (IOException e) {
            throw new IllegalStateException("writing a calendar to memory cannot fail", e);
        }
        return text.toString();
    }

    private Event event(PublicMeeting pm) {
        Meeting m = pm.meeting();
        String summary = pm.committee().name();
        if (m.status() == MeetingStatus.CANCELLED) {
            summary = "Cancelled: " + summary;
        } else if (m.status() == MeetingStatus.POSTPONED) {
            summary = "Postponed: " + summary;
        }
        return new Event(m.id() + "@" + host(), summary, index.start(m), m.venue(),
                Urls.absolute(site.baseUrl(), Urls.meeting(m)), m.status() == MeetingStatus.SCHEDULED);
    }

    private static VEvent vevent(Event event, Instant stamp) {
        VEvent e = new VEvent(event.start(), event.summary());
        e.replace(new DtStamp(stamp));
        e.add(new Uid(event.uid()));
        e.add(new Location(event.venue()));
        e.add(new Description("Agenda, papers and minutes: " + event.url()));
        e.add(new Url(URI.create(event.url())));
        e.add(new Status(event.confirmed() ? Status.VALUE_CONFIRMED : Status.VALUE_CANCELLED));
        return e;
    }

    private String host() {
        String h = URI.create(site.baseUrl()).getHost();
        return h == null ? "agendum" : h;
    }
}
