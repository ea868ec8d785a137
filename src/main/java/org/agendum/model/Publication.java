package org.agendum.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The publishing rules of the content model, in one place. Every later stage receives the
 * {@link PublishedSite} this returns and nothing else, so a draft, embargoed or exempt
 * paper cannot reach a page, PDF, index, feed or data file by any path.
 */
public final class Publication {

    private final ContentModel content;
    private final Instant now;
    private final Map<String, Meeting> meetings;
    /** meetingId/file → true when some exempt item lists it. */
    private final Set<String> coveredByExemptItem = new HashSet<>();
    /** meetingId/file → listed by an item or as the meeting's minutes. */
    private final Set<String> listed = new HashSet<>();

    private Publication(ContentModel content, Instant now) {
        this.content = content;
        this.now = now;
        this.meetings = content.meetingsById();
        for (Meeting m : content.meetings()) {
            if (m.minutesFile() != null) {
                listed.add(key(m.id(), m.minutesFile()));
            }
            for (Item item : m.items()) {
                for (PaperRef ref : item.papers()) {
                    if (ref instanceof PaperRef.File f) {
                        listed.add(key(m.id(), f.name()));
                        if (item.isExempt()) {
                            coveredByExemptItem.add(key(m.id(), f.name()));
                        }
                    }
                }
            }
        }
    }

    /** Decides what is public at {@code now} and returns only that. */
    public static PublishedSite decide(ContentModel content, Instant now) {
        return new Publication(content, now).publishedSite();
    }

    /** The state of one paper at {@code now}; the single definition every stage relies on. */
    public static PublicationState stateOf(ContentModel content, Paper paper, Instant now) {
        return new Publication(content, now).paperState(paper);
    }

    private static String key(String meetingId, String file) {
        return meetingId + "/" + file;
    }

    private boolean agendaIssued(Meeting m) {
        return m.agendaPublished() == null || !now.isBefore(startOfDay(m.agendaPublished()));
    }

    private Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(content.site().timezone()).toInstant();
    }

    PublicationState paperState(Paper p) {
        Meeting m = meetings.get(p.meetingId());
        if (p.embargo().draft()) {
            return new PublicationState.Draft();
        }
        if (p.classification() == Classification.EXEMPT) {
            return new PublicationState.Exempt(p.exemptParagraph() == null ? 0 : p.exemptParagraph());
        }
        if (coveredByExemptItem.contains(key(p.meetingId(), p.fileName()))) {
            return new PublicationState.Exempt(exemptParagraphCovering(m, p.fileName()));
        }
        if (p.embargo().notBefore() != null && now.isBefore(p.embargo().notBefore())) {
            return new PublicationState.Embargoed(p.embargo().notBefore());
        }
        if (m == null) {
            return new PublicationState.Unlisted();
        }
        if (!agendaIssued(m)) {
            return new PublicationState.AgendaNotIssued(m.agendaPublished());
        }
        if (!listed.contains(key(p.meetingId(), p.fileName()))) {
            return new PublicationState.Unlisted();
        }
        return new PublicationState.Published();
    }

    private int exemptParagraphCovering(Meeting m, String file) {
        for (Item item : m.items()) {
            if (item.isExempt() && item.papers().stream()
                    .anyMatch(r -> r instanceof PaperRef.File f && f.name().equals(file))) {
                return item.exempt().paragraph();
            }
        }
        return 0;
    }

    private boolean decisionPublic(Decision d) {
        return !d.embargo().draft()
                && d.classification() != Classification.EXEMPT
                && (d.embargo().notBefore() == null || !now.isBefore(d.embargo().notBefore()));
    }

    private boolean attachmentPublic(Attachment a) {
        Meeting m = meetings.get(a.meetingId());
        String k = key(a.meetingId(), a.fileName());
        return m != null && agendaIssued(m) && listed.contains(k) && !coveredByExemptItem.contains(k);
    }

    private boolean planPublic(Plan plan) {
        return plan.published() == null || !now.isBefore(startOfDay(plan.published()));
    }

    private PublishedSite publishedSite() {
        Map<String, Paper> publicPapers = new LinkedHashMap<>();
        for (Paper p : content.papers()) {
            if (paperState(p).isPublic()) {
                publicPapers.put(key(p.meetingId(), p.fileName()), p);
            }
        }
        Map<String, Attachment> publicFiles = new LinkedHashMap<>();
        for (Attachment a : content.attachments()) {
            if (attachmentPublic(a)) {
                publicFiles.put(key(a.meetingId(), a.fileName()), a);
            }
        }
        Map<String, Decision> publicDecisions = new LinkedHashMap<>();
        for (Decision d : content.decisions()) {
            if (decisionPublic(d)) {
                publicDecisions.put(d.number(), d);
            }
        }
        Map<String, Paper> publicMinutesByMeeting = new HashMap<>();
        for (Meeting m : content.meetings()) {
            if (m.minutesFile() != null && publicPapers.containsKey(key(m.id(), m.minutesFile()))) {
                publicMinutesByMeeting.put(m.id(), publicPapers.get(key(m.id(), m.minutesFile())));
            }
        }

        List<PublicMeeting> publicMeetings = new ArrayList<>();
        Map<String, PublicMeeting> byId = new HashMap<>();
        for (Meeting m : content.meetings()) {
            Committee committee = content.committee(m.committee()).orElseThrow();
            boolean issued = agendaIssued(m);
            List<PublicItem> items = new ArrayList<>();
            if (issued) {
                for (Item item : m.items()) {
                    items.add(publicItem(m, item, publicPapers, publicFiles, publicDecisions,
                            publicMinutesByMeeting));
                }
            }
            Meeting shown = issued ? withoutAgenda(m, true) : withoutAgenda(m, false);
            PublicMeeting pm = new PublicMeeting(shown, committee, issued, items,
                    publicMinutesByMeeting.get(m.id()));
            publicMeetings.add(pm);
            byId.put(m.id(), pm);
        }
        Map<String, PublicMeeting> paperMeetings = new HashMap<>();
        for (Paper p : publicPapers.values()) {
            paperMeetings.put(p.meetingId(), byId.get(p.meetingId()));
        }
        List<Decision> decisions = new ArrayList<>(publicDecisions.values());
        decisions.sort(Comparator.comparing(Decision::number));
        return new PublishedSite(
                content.site(), now, content.committees(), publicMeetings,
                List.copyOf(publicPapers.values()), List.copyOf(publicFiles.values()),
                decisions,
                content.plans().stream().filter(this::planPublic).toList(),
                content.pages().stream().filter(pg -> !pg.draft()).toList(),
                paperMeetings);
    }

    /**
     * The meeting record as shown: its items' paper lists are dropped (the public list is
     * in {@link PublicItem}) so no unpublished file name survives; before the agenda is
     * issued only committee, date, time and venue remain.
     */
    private static Meeting withoutAgenda(Meeting m, boolean issued) {
        if (!issued) {
            return new Meeting(m.id(), m.committee(), m.date(), m.time(), m.venue(), m.status(),
                    m.agendaPublished(), null, List.of(), null, List.of(), null, List.of(),
                    List.of(), null, m.source());
        }
        List<Item> items = m.items().stream().map(Publication::bareItem).toList();
        return new Meeting(m.id(), m.committee(), m.date(), m.time(), m.venue(), m.status(),
                m.agendaPublished(), m.urgency(), m.contacts(), m.issuedBy(), m.notices(),
                m.webcast(), m.members(), items, null, m.source());
    }

    private static Item bareItem(Item i) {
        if (i.isExempt()) {
            return new Item(i.number(), i.title(), Markdown.EMPTY, null, List.of(), i.exempt(),
                    i.late(), null, i.source());
        }
        return new Item(i.number(), i.title(), i.purpose(), i.decision(), List.of(), null,
                i.late(), i.urgency(), i.source());
    }

    private PublicItem publicItem(Meeting m, Item item, Map<String, Paper> papers,
            Map<String, Attachment> files, Map<String, Decision> decisions,
            Map<String, Paper> minutesByMeeting) {
        if (item.isExempt()) {
            return new PublicItem(bareItem(item), List.of(), null);
        }
        List<PublicDocument> docs = new ArrayList<>();
        for (PaperRef ref : item.papers()) {
            if (ref instanceof PaperRef.File f) {
                Paper p = papers.get(key(m.id(), f.name()));
                Attachment a = files.get(key(m.id(), f.name()));
                if (p != null) {
                    docs.add(new PublicDocument.OwnPaper(p, f.title() != null ? f.title() : p.title()));
                } else if (a != null) {
                    docs.add(new PublicDocument.SuppliedFile(a, f.title() != null ? f.title() : a.fileName()));
                }
            } else if (ref instanceof PaperRef.Minutes mr) {
                Paper minutes = minutesByMeeting.get(mr.meetingId());
                if (minutes != null) {
                    docs.add(new PublicDocument.OtherMinutes(minutes, minutes.title()));
                }
            } else if (ref instanceof PaperRef.Decision dr) {
                Decision d = decisions.get(dr.number());
                if (d != null) {
                    docs.add(new PublicDocument.DecisionRecord(d, "Record of decision " + d.number()));
                }
            }
        }
        Decision linked = item.decision() == null ? null : decisions.get(item.decision());
        return new PublicItem(bareItem(item), docs, linked);
    }
}
