package org.agendum.render.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agendum.model.Attendee;
import org.agendum.model.Minute;
import org.agendum.model.MinutesDetails;
import org.agendum.model.Paper;
import org.agendum.model.PublicItem;
import org.agendum.model.PublicMeeting;
import org.agendum.model.RenderedFile;
import org.agendum.render.Format;
import org.agendum.render.HtmlFragments;
import org.agendum.render.Link;
import org.agendum.render.RenderContext;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;

/**
 * The minutes page: attendance, then the numbered minutes, each linked to the agenda item it
 * records (and the meeting page links each item back to its minute).
 */
public final class MinutesPages {

    public record View(String title, boolean draft, Link meeting, Link pdf, List<AttendanceGroup> attendance,
            String introHtml, List<MinuteView> minutes) {}

    /** "Present", "Also present", "Officers", "Apologies", with one entry per person. */
    public record AttendanceGroup(String heading, List<AttendeeView> people) {}

    /** A person and what the minutes say about them: role, title, or "substitute for …". */
    public record AttendeeView(String name, String detail) {}

    /** One minute: its number, heading, the agenda item it records, and its text. */
    public record MinuteView(String number, String anchor, String heading, Link item, String itemTitle, String html) {}

    private MinutesPages() {}

    static RenderedFile render(Paper p, PublicMeeting pm, RenderContext ctx) throws TemplateProblem {
        return ctx.pages().page(Urls.paper(p), "minutes.ftlh", "Minutes: " + pm.committee().displayName() + ", "
                        + Format.date(pm.meeting().date()), "meetings", PaperPages.crumbs(pm),
                "Minutes of the " + pm.committee().name() + " meeting on " + Format.longDate(pm.meeting().date()) + ".",
                Map.of("minutes", view(p, pm, ctx)), p.source().path());
    }

    static View view(Paper p, PublicMeeting pm, RenderContext ctx) {
        MinutesDetails d = p.minutes();
        List<AttendanceGroup> attendance = new ArrayList<>();
        group(attendance, "Present", d.present());
        group(attendance, "Also present", d.alsoPresent());
        group(attendance, "Officers", d.officers());
        group(attendance, "Apologies", d.apologies());

        Map<String, PublicItem> items = new HashMap<>();
        pm.items().forEach(i -> items.put(i.item().number(), i));
        Set<String> anchors = new LinkedHashSet<>();
        d.minutes().forEach(m -> anchors.add(m.anchor()));
        HtmlFragments.Split split = HtmlFragments.splitAt(p.body().html(), anchors);
        Map<String, HtmlFragments.Section> byAnchor = new HashMap<>();
        split.sections().forEach(s -> byAnchor.put(s.anchor(), s));

        String meetingHref = Urls.href(Urls.meeting(pm.meeting()));
        List<MinuteView> minutes = new ArrayList<>();
        for (Minute m : d.minutes()) {
            HtmlFragments.Section s = byAnchor.get(m.anchor());
            PublicItem item = items.get(m.item());
            minutes.add(new MinuteView(m.number(), m.anchor(), s == null ? m.title() : s.heading(),
                    new Link(meetingHref + "#" + MeetingPages.anchor(m.item()), "Agenda item " + m.item()),
                    item == null ? null : item.item().title(), s == null ? "" : s.html()));
        }
        return new View(p.title(), d.draft(),
                Link.to(Urls.meeting(pm.meeting()), pm.committee().displayName() + ", " + Format.longDate(pm.meeting().date())),
                ctx.pdfsFor(p.meetingId()) ? Link.to(Urls.paperPdf(p), "Download the minutes as a PDF") : null,
                attendance, split.intro(), minutes);
    }

    private static void group(List<AttendanceGroup> out, String heading, List<Attendee> people) {
        if (people.isEmpty()) {
            return;
        }
        out.add(new AttendanceGroup(heading, people.stream()
                .map(a -> new AttendeeView(a.name(), detail(a))).toList()));
    }

    private static String detail(Attendee a) {
        List<String> parts = new ArrayList<>();
        if (a.role() != null) {
            parts.add(a.role());
        }
        if (a.title() != null) {
            parts.add(a.title());
        }
        if (a.substituteFor() != null) {
            parts.add("substitute for " + a.substituteFor());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
