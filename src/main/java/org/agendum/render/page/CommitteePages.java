package org.agendum.render.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agendum.model.Committee;
import org.agendum.model.CommitteeKind;
import org.agendum.model.Contact;
import org.agendum.model.PublicMeeting;
import org.agendum.model.RenderedFile;
import org.agendum.render.Link;
import org.agendum.render.RenderContext;
import org.agendum.render.SiteIndex;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;

/** The committees index, one page per committee, and the index of all meetings. */
public final class CommitteePages {

    public record View(String name, String shortName, String kind, String descriptionHtml,
            List<Membership> membership, int memberCount, Integer size, List<Contact> contacts,
            List<MeetingSummary> upcoming, List<YearGroup> past, Link calendar) {}

    /** Past meetings of one year, newest first. */
    public record YearGroup(String year, List<MeetingSummary> meetings) {}

    /** A committee in the index, with its next meeting if one is scheduled. */
    public record Entry(Link link, String kind, MeetingSummary next) {}

    /** All meetings: upcoming soonest first, then past by year, newest first. */
    public record MeetingsView(List<MeetingSummary> upcoming, List<YearGroup> past) {}

    private CommitteePages() {}

    public static List<RenderedFile> render(RenderContext ctx) throws TemplateProblem {
        SiteIndex index = ctx.index();
        List<Committee> committees = new ArrayList<>(ctx.site().committees());
        committees.sort(Comparator.comparing(Committee::name));
        List<Link> home = List.of(Link.to(Urls.home(), "Home"));
        List<RenderedFile> files = new ArrayList<>();

        List<Entry> entries = new ArrayList<>();
        for (Committee c : committees) {
            List<PublicMeeting> meetings = index.meetingsOf(c);
            MeetingSummary next = meetings.stream().filter(m -> !index.isPast(m.meeting())).findFirst()
                    .map(m -> MeetingSummary.of(m, index)).orElse(null);
            entries.add(new Entry(Link.to(Urls.committee(c), c.name()), kind(c.kind()), next));
            files.add(ctx.pages().page(Urls.committee(c), "committee.ftlh", c.name(), "committees",
                    List.of(home.get(0), Link.to(Urls.committees(), "Committees")),
                    "Meetings, membership and papers of the " + c.name() + ".",
                    Map.of("committee", view(c, meetings, index)), c.source().path()));
        }
        files.add(ctx.pages().page(Urls.committees(), "committees.ftlh", "Committees", "committees", home,
                "The committees of " + ctx.site().site().publisher() + ".", Map.of("committees", entries),
                "content/committees/"));

        List<PublicMeeting> all = index.meetingsByDate();
        files.add(ctx.pages().page(Urls.meetings(), "meetings.ftlh", "Meetings", "meetings", home,
                "Every committee meeting, upcoming and past.",
                Map.of("meetings", new MeetingsView(upcoming(all, index), pastByYear(all, index))),
                "content/meetings/"));
        return files;
    }

    static View view(Committee c, List<PublicMeeting> meetings, SiteIndex index) {
        return new View(c.name(), c.shortName(), kind(c.kind()), c.description() == null ? "" : c.description().html(),
                Membership.of(c.members()), c.members().size(), c.size(), c.contacts(),
                upcoming(meetings, index), pastByYear(meetings, index),
                Link.to(Urls.committeeCalendar(c), "Subscribe to this committee's calendar"));
    }

    /** Meetings not yet started, soonest first ({@code meetings} is in date order). */
    static List<MeetingSummary> upcoming(List<PublicMeeting> meetings, SiteIndex index) {
        return meetings.stream().filter(m -> !index.isPast(m.meeting())).map(m -> MeetingSummary.of(m, index)).toList();
    }

    static List<YearGroup> pastByYear(List<PublicMeeting> meetings, SiteIndex index) {
        Map<String, List<MeetingSummary>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (int i = meetings.size() - 1; i >= 0; i--) {
            PublicMeeting m = meetings.get(i);
            if (index.isPast(m.meeting())) {
                byYear.computeIfAbsent(m.meeting().year(), y -> new ArrayList<>()).add(MeetingSummary.of(m, index));
            }
        }
        List<YearGroup> groups = new ArrayList<>();
        byYear.forEach((year, list) -> groups.add(new YearGroup(year, list)));
        return groups;
    }

    static String kind(CommitteeKind k) {
        return switch (k) {
            case COUNCIL -> "Council";
            case CABINET -> "Cabinet";
            case CABINET_COMMITTEE -> "Cabinet committee";
            case SELECT_COMMITTEE -> "Select committee";
            case SCRUTINY -> "Scrutiny committee";
            case PANEL -> "Panel";
            case BOARD -> "Board";
            case OTHER -> "Committee";
        };
    }
}
