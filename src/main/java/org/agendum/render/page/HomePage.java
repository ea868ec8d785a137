package org.agendum.render.page;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.agendum.model.Committee;
import org.agendum.model.Paper;
import org.agendum.model.PublicMeeting;
import org.agendum.model.RenderedFile;
import org.agendum.render.Format;
import org.agendum.render.Link;
import org.agendum.render.RenderContext;
import org.agendum.render.SiteIndex;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;

/** The home page: the next eight weeks of meetings, recent papers and decisions, a search box. */
public final class HomePage {

    /** How far ahead "upcoming" looks. */
    static final int UPCOMING_DAYS = 56;
    static final int RECENT_PAPERS = 10;
    static final int RECENT_DECISIONS = 5;

    public record View(List<MeetingSummary> upcoming, List<RecentPaper> papers, List<DecisionSummary> decisions,
            List<Link> committees) {}

    /** A recently published paper with the meeting it belongs to. */
    public record RecentPaper(Link link, String kind, Link meeting, String date, String isoDate) {}

    private HomePage() {}

    public static List<RenderedFile> render(RenderContext ctx) throws TemplateProblem {
        SiteIndex index = ctx.index();
        View view = new View(upcoming(index), recentPapers(index), recentDecisions(index),
                ctx.site().committees().stream().sorted(Comparator.comparing(Committee::name))
                        .map(c -> Link.to(Urls.committee(c), c.name())).toList());
        return List.of(ctx.pages().page(Urls.home(), "index.ftlh", ctx.site().site().title(), "home", List.of(),
                "Agendas, reports, minutes and decisions of " + ctx.site().site().publisher() + "'s committees.",
                Map.of("home", view), "content/site.yaml"));
    }

    /** Meetings that have not started yet and start within the next eight weeks, soonest first. */
    static List<MeetingSummary> upcoming(SiteIndex index) {
        LocalDate today = LocalDate.ofInstant(index.now(), index.zone());
        LocalDate until = today.plusDays(UPCOMING_DAYS);
        return index.meetingsByDate().stream()
                .filter(m -> !index.isPast(m.meeting()) && !m.meeting().date().isAfter(until))
                .map(m -> MeetingSummary.of(m, index)).toList();
    }

    static List<RecentPaper> recentPapers(SiteIndex index) {
        // each paper's instant worked out once, not in every comparison of the sort (through
        // the zone's rules, it was a seventh of a 5,000-paper preview's page rendering)
        record Dated(Paper paper, Instant at) {}
        Comparator<Dated> newestFirst = Comparator.comparing(Dated::at).reversed()
                .thenComparing(d -> d.paper().meetingId()).thenComparing(d -> d.paper().slug());
        return index.site().papers().stream()
                .map(p -> new Dated(p, index.publishedAt(p)))
                .filter(d -> !d.at().isAfter(index.now()))
                .sorted(newestFirst).limit(RECENT_PAPERS)
                .map(d -> {
                    Paper p = d.paper();
                    PublicMeeting pm = index.site().meetingOf(p);
                    LocalDate day = LocalDate.ofInstant(d.at(), index.zone());
                    return new RecentPaper(Link.to(Urls.paper(p), p.title()), MeetingPages.kind(p.type()),
                            Link.to(Urls.meeting(pm.meeting()), pm.committee().displayName() + ", "
                                    + Format.date(pm.meeting().date())),
                            Format.date(day), day.toString());
                }).toList();
    }

    static List<DecisionSummary> recentDecisions(SiteIndex index) {
        return index.site().decisions().stream()
                .sorted(DecisionSummary.NEWEST_FIRST).limit(RECENT_DECISIONS)
                .map(DecisionSummary::of).toList();
    }
}
