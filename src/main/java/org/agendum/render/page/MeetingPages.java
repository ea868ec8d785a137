package org.agendum.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendum.model.Attachment;
import org.agendum.model.Contact;
import org.agendum.model.Meeting;
import org.agendum.model.Member;
import org.agendum.model.Minute;
import org.agendum.model.PackLayout;
import org.agendum.model.PageRange;
import org.agendum.model.Paper;
import org.agendum.model.PaperType;
import org.agendum.model.PublicDocument;
import org.agendum.model.PublicItem;
import org.agendum.model.PublicMeeting;
import org.agendum.model.RenderedFile;
import org.agendum.render.Format;
import org.agendum.render.Link;
import org.agendum.render.ParallelPages;
import org.agendum.render.RenderContext;
import org.agendum.render.SiteIndex;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;

/** The meeting pages: details, agenda split into unrestricted and exempt items, minutes, membership. */
public final class MeetingPages {

    /** The whole meeting page. {@code agendaIssued} false means only committee, date, time and venue. */
    public record View(String committeeName, Link committee, String date, String isoDate, String time,
            String venue, String status, String statusKey, boolean agendaIssued, List<Contact> contacts,
            Contact issuedBy, String agendaPublished, String urgency, List<String> noticesHtml,
            String webcastUrl, boolean webcast, List<Membership> membership, int membershipCount,
            List<ItemView> unrestricted, List<ItemView> exempt, Download agendaPack, Link calendar,
            MinutesView minutes) {}

    /**
     * One agenda item. For an exempt item only number, title and {@code exemptLine} are set.
     *
     * @param pages "Pages 5 - 12" in the agenda pack, or null
     */
    public record ItemView(String number, String anchor, String title, String purposeHtml, boolean late,
            String urgency, String pages, Link decision, List<DocumentView> documents, Link minute,
            String exemptLine) {}

    /**
     * A document of an item: {@code link} to its page (or the file), {@code pdf} to its PDF when
     * one exists, {@code detail} such as "PDF, 340 KB" for a supplied file.
     */
    public record DocumentView(String kind, Link link, Link pdf, String detail) {}

    /** A file to download, with a line such as "PDF, 48 pages, 1.2 MB". */
    public record Download(Link link, String detail) {}

    public record MinutesView(Link page, Link pdf, boolean draft) {}

    private MeetingPages() {}

    public static List<RenderedFile> render(RenderContext ctx) throws TemplateProblem {
        return ParallelPages.render(ctx.site().meetings(), pm -> {
            View view = view(pm, ctx);
            Meeting m = pm.meeting();
            return List.of(ctx.pages().page(Urls.meeting(m), "meeting.ftlh",
                    pm.committee().displayName() + ", " + Format.date(m.date()), "meetings",
                    List.of(Link.to(Urls.home(), "Home"), Link.to(Urls.committees(), "Committees"),
                            Link.to(Urls.committee(pm.committee()), pm.committee().displayName())),
                    "Agenda, papers and minutes of the " + pm.committee().name() + " meeting on "
                            + Format.longDate(m.date()) + ".",
                    Map.of("meeting", view), m.source().path()));
        });
    }

    static View view(PublicMeeting pm, RenderContext ctx) {
        SiteIndex index = ctx.index();
        Meeting m = pm.meeting();
        String key = MeetingSummary.statusKey(m, index);
        List<Member> members = m.members().isEmpty() ? pm.committee().members() : m.members();
        List<Contact> contacts = m.contacts().isEmpty() ? pm.committee().contacts() : m.contacts();
        PackLayout pack = ctx.packs().of(pm.id()).orElse(null);
        Map<String, Minute> minutes = index.minutesByItem(pm);

        List<ItemView> unrestricted = new ArrayList<>();
        List<ItemView> exempt = new ArrayList<>();
        for (PublicItem pi : pm.items()) {
            Minute minute = minutes.get(pi.item().number());
            Link minuteLink = minute == null ? null
                    : new Link(Urls.href(Urls.paper(pm.minutes())) + "#" + minute.anchor(), "Minute " + minute.number());
            if (pi.item().isExempt()) {
                exempt.add(new ItemView(pi.item().number(), anchor(pi.item().number()), pi.item().title(), null,
                        pi.item().late(), null, null, null, List.of(), minuteLink,
                        pi.item().exempt().statutoryLine()));
            } else {
                unrestricted.add(item(pi, pack, minuteLink, ctx));
            }
        }
        Download agendaPack = pack == null ? null : new Download(Link.to(Urls.agendaPack(m), "Agenda pack"),
                "PDF, " + pack.pageCount() + (pack.pageCount() == 1 ? " page, " : " pages, ") + Format.size(pack.bytes()));
        MinutesView minutesView = null;
        if (pm.minutes() != null) {
            Paper p = pm.minutes();
            minutesView = new MinutesView(Link.to(Urls.paper(p), p.title()),
                    ctx.pdfsFor(pm.id()) ? Link.to(Urls.paperPdf(p), "Minutes (PDF)") : null,
                    p.minutes() != null && p.minutes().draft());
        }
        return new View(pm.committee().name(), Link.to(Urls.committee(pm.committee()), pm.committee().name()),
                Format.longDate(m.date()), m.date().toString(), Format.time(m.time()), m.venue(),
                MeetingSummary.statusLabel(key), key, pm.agendaIssued(),
                pm.agendaIssued() ? contacts : List.of(), m.issuedBy(), Format.date(m.agendaPublished()),
                m.urgency(), m.notices().stream().map(n -> n.html()).toList(),
                webcastUrl(m.webcast()), m.webcast() != null,
                pm.agendaIssued() ? Membership.of(members) : List.of(), pm.agendaIssued() ? members.size() : 0,
                unrestricted, exempt, agendaPack, Link.to(Urls.meetingCalendar(m), "Add to calendar"), minutesView);
    }

    private static ItemView item(PublicItem pi, PackLayout pack, Link minute, RenderContext ctx) {
        List<DocumentView> docs = new ArrayList<>();
        for (PublicDocument d : pi.documents()) {
            docs.add(document(d, ctx));
        }
        PageRange range = pack == null ? null : pack.items().get(pi.item().number());
        // The item's decision, unless its record is already among the item's documents.
        boolean listed = pi.decision() != null && pi.documents().stream().anyMatch(d ->
                d instanceof PublicDocument.DecisionRecord r && r.decision().number().equals(pi.decision().number()));
        Link decision = pi.decision() == null || listed ? null : Link.to(Urls.decision(pi.decision()),
                "Decision " + pi.decision().number() + ": " + pi.decision().title());
        return new ItemView(pi.item().number(), anchor(pi.item().number()), pi.item().title(),
                pi.item().purpose().html(), pi.item().late(), pi.item().urgency(),
                range == null ? null : range.label(), decision, docs, minute, null);
    }

    private static DocumentView document(PublicDocument d, RenderContext ctx) {
        if (d instanceof PublicDocument.OwnPaper own) {
            Paper p = own.paper();
            return new DocumentView(kind(p.type()), Link.to(Urls.paper(p), own.title()),
                    ctx.pdfsFor(p.meetingId()) ? Link.to(Urls.paperPdf(p), "PDF") : null, null);
        }
        if (d instanceof PublicDocument.SuppliedFile f) {
            Attachment a = f.attachment();
            return new DocumentView("Supplied document", Link.to(Urls.attachment(a.meetingId(), a.fileName()), f.title()),
                    null, Format.fileKind(a.mediaType(), a.extension()) + ", " + Format.size(a.size()));
        }
        if (d instanceof PublicDocument.OtherMinutes om) {
            Paper p = om.minutes();
            return new DocumentView("Minutes", Link.to(Urls.paper(p), om.title()),
                    ctx.pdfsFor(p.meetingId()) ? Link.to(Urls.paperPdf(p), "PDF") : null, null);
        }
        PublicDocument.DecisionRecord r = (PublicDocument.DecisionRecord) d;
        return new DocumentView("Record of decision", Link.to(Urls.decision(r.decision()), r.title()), null, null);
    }

    static String kind(PaperType type) {
        return switch (type) {
            case REPORT -> "Report";
            case MINUTES -> "Minutes";
            case NOTICE -> "Notice";
            case APPENDIX -> "Appendix";
        };
    }

    /** The fragment id of an agenda item: "item-7a". */
    /** Compiled once: every paper and item view asks, and String.replaceAll compiles its pattern each time. */
    private static final java.util.regex.Pattern NOT_ANCHOR = java.util.regex.Pattern.compile("[^a-z0-9]+");

    public static String anchor(String number) {
        return "item-" + NOT_ANCHOR.matcher(number.toLowerCase(java.util.Locale.ROOT)).replaceAll("-");
    }

    private static String webcastUrl(String webcast) {
        return webcast != null && (webcast.startsWith("https://") || webcast.startsWith("http://")) ? webcast : null;
    }
}
