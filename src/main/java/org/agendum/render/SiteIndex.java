package org.agendum.render;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.agendum.model.Committee;
import org.agendum.model.Decision;
import org.agendum.model.Meeting;
import org.agendum.model.Minute;
import org.agendum.model.Paper;
import org.agendum.model.PublicDocument;
import org.agendum.model.PublicItem;
import org.agendum.model.PublicMeeting;
import org.agendum.model.PublishedSite;

/**
 * Lookups over a {@link PublishedSite} that several pages need (which item a paper belongs
 * to, where a decision was considered, which minute records an item), built once per
 * render. Everything here is derived from the published site only, and every list is
 * in a fixed order.
 */
public final class SiteIndex {

    /** Where a paper sits on an agenda. */
    public record Placement(PublicMeeting meeting, PublicItem item) {}

    private final PublishedSite site;
    private final Map<String, Committee> committees = new TreeMap<>();
    private final Map<String, PublicMeeting> meetings = new TreeMap<>();
    private final Map<String, List<PublicMeeting>> meetingsByCommittee = new TreeMap<>();
    private final Map<String, Placement> placements = new TreeMap<>();
    private final Map<String, List<Placement>> decisionItems = new TreeMap<>();
    private final Map<String, Decision> decisions = new TreeMap<>();
    private final Map<String, Paper> papers = new TreeMap<>();
    /** Each meeting's sort key, by identity: sorting built them again for every comparison. */
    private final Map<PublicMeeting, String> startKeys = new java.util.IdentityHashMap<>();

    public SiteIndex(PublishedSite site) {
        this.site = site;
        site.committees().forEach(c -> committees.put(c.slug(), c));
        site.decisions().forEach(d -> decisions.put(d.number(), d));
        site.papers().forEach(p -> papers.put(key(p.meetingId(), p.slug()), p));
        for (PublicMeeting m : site.meetings()) {
            meetings.put(m.id(), m);
            startKeys.put(m, startKeyOf(m));
            meetingsByCommittee.computeIfAbsent(m.committee().slug(), k -> new ArrayList<>()).add(m);
            for (PublicItem item : m.items()) {
                for (PublicDocument d : item.documents()) {
                    if (d instanceof PublicDocument.OwnPaper own) {
                        placements.putIfAbsent(key(own.paper().meetingId(), own.paper().slug()), new Placement(m, item));
                    } else if (d instanceof PublicDocument.DecisionRecord r) {
                        addDecisionItem(r.decision().number(), m, item);
                    }
                }
                if (item.decision() != null) {
                    addDecisionItem(item.decision().number(), m, item);
                }
            }
        }
        meetingsByCommittee.values().forEach(list -> list.sort(Comparator.comparing(this::startKey)));
    }

    private void addDecisionItem(String number, PublicMeeting m, PublicItem item) {
        List<Placement> list = decisionItems.computeIfAbsent(number, k -> new ArrayList<>());
        if (list.stream().noneMatch(p -> p.meeting() == m && p.item() == item)) {
            list.add(new Placement(m, item));
        }
    }

    private static String key(String meetingId, String slug) {
        return meetingId + "/" + slug;
    }

    /** Meetings in order of their start, ties by id: the key each meeting sorts by, made once. */
    private String startKey(PublicMeeting m) {
        String key = startKeys.get(m); // read-only once built, so safe from every rendering thread
        return key != null ? key : startKeyOf(m);
    }

    private static String startKeyOf(PublicMeeting m) {
        return m.meeting().date() + "T" + m.meeting().time() + " " + m.id();
    }

    public PublishedSite site() {
        return site;
    }

    public ZoneId zone() {
        return site.site().timezone();
    }

    public Instant now() {
        return site.now();
    }

    public Optional<Committee> committee(String slug) {
        return Optional.ofNullable(committees.get(slug));
    }

    public Optional<PublicMeeting> meeting(String id) {
        return Optional.ofNullable(meetings.get(id));
    }

    /** The committee's meetings, earliest first. */
    public List<PublicMeeting> meetingsOf(Committee c) {
        return List.copyOf(meetingsByCommittee.getOrDefault(c.slug(), List.of()));
    }

    /** All meetings, earliest first. */
    public List<PublicMeeting> meetingsByDate() {
        List<PublicMeeting> all = new ArrayList<>(site.meetings());
        all.sort(Comparator.comparing(this::startKey));
        return all;
    }

    /** The item a (non-minutes) public paper is listed under. */
    public Optional<Placement> placementOf(Paper p) {
        return Optional.ofNullable(placements.get(key(p.meetingId(), p.slug())));
    }

    /** Agenda items that took or considered this decision, in meeting order. */
    public List<Placement> itemsFor(Decision d) {
        List<Placement> list = new ArrayList<>(decisionItems.getOrDefault(d.number(), List.of()));
        list.sort(Comparator.comparing((Placement p) -> startKey(p.meeting())));
        return list;
    }

    public Optional<Decision> decision(String number) {
        return Optional.ofNullable(number == null ? null : decisions.get(number));
    }

    /** A public paper by {@code <meeting-id>/<paper-slug>}, as a decision's {@code report} names it. */
    public Optional<Paper> paper(String meetingAndSlug) {
        return Optional.ofNullable(meetingAndSlug == null ? null : papers.get(meetingAndSlug));
    }

    /** The minute recording each item of this meeting, by item number, when its minutes are public. */
    public Map<String, Minute> minutesByItem(PublicMeeting m) {
        Map<String, Minute> byItem = new LinkedHashMap<>();
        if (m.minutes() != null && m.minutes().minutes() != null) {
            for (Minute minute : m.minutes().minutes().minutes()) {
                byItem.putIfAbsent(minute.item(), minute);
            }
        }
        return byItem;
    }

    /** When the meeting starts, in the site's timezone. */
    public ZonedDateTime start(Meeting m) {
        return ZonedDateTime.of(m.date(), m.time(), zone());
    }

    /** Whether the meeting has started by the build's clock. */
    public boolean isPast(Meeting m) {
        return !start(m).toInstant().isAfter(now());
    }

    /**
     * When a paper became public, for "recently published" and the feed: its embargo
     * instant, else the day its agenda was issued, else the meeting day (minutes, or an
     * agenda with no issue date).
     */
    public Instant publishedAt(Paper p) {
        if (p.embargo().notBefore() != null) {
            return p.embargo().notBefore();
        }
        Meeting m = meetings.get(p.meetingId()).meeting();
        if (p.minutes() == null && m.agendaPublished() != null) {
            return m.agendaPublished().atStartOfDay(zone()).toInstant();
        }
        return m.date().atStartOfDay(zone()).toInstant();
    }

    /**
     * When a decision became public: its embargo instant, else the day it was taken, else when
     * the report it was taken on was published, else null (it then has no place in the feed).
     */
    public Instant publishedAt(Decision d) {
        if (d.embargo().notBefore() != null) {
            return d.embargo().notBefore();
        }
        if (d.date() != null) {
            return d.date().atStartOfDay(zone()).toInstant();
        }
        return paper(d.report()).map(this::publishedAt).orElse(null);
    }
}
