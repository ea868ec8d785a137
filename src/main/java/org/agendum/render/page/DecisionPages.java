package org.agendum.render.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.agendum.model.Decision;
import org.agendum.model.DecisionStatus;
import org.agendum.model.Markdown;
import org.agendum.model.RenderedFile;
import org.agendum.render.Format;
import org.agendum.render.Link;
import org.agendum.render.RenderContext;
import org.agendum.render.SiteIndex;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;

/** The decisions register, one page per record of decision, and the forward plan. */
public final class DecisionPages {

    /** The statutory record of one decision. */
    public record View(String number, String title, String maker, String date, String status, String statusKey,
            boolean keyDecision, String bodyHtml, List<Section> sections, Link report, List<Considered> considered) {}

    /** Reasons, consultation, alternatives, conflicts, dispensations: each only when written. */
    public record Section(String heading, String html) {}

    /** An agenda item that considered the decision. */
    public record Considered(Link meeting, Link item) {}

    /** A proposed key decision on the forward plan. */
    public record Planned(DecisionSummary decision, List<Considered> considered) {}

    private DecisionPages() {}

    public static List<RenderedFile> render(RenderContext ctx) throws TemplateProblem {
        SiteIndex index = ctx.index();
        List<Link> home = List.of(Link.to(Urls.home(), "Home"));
        List<Link> register = List.of(home.get(0), Link.to(Urls.decisions(), "Decisions"));
        List<RenderedFile> files = new ArrayList<>();
        List<Decision> newestFirst = ctx.site().decisions().stream().sorted(DecisionSummary.NEWEST_FIRST).toList();
        for (Decision d : newestFirst) {
            files.add(ctx.pages().page(Urls.decision(d), "decision.ftlh", "Decision " + d.number() + ": " + d.title(),
                    "decisions", register, "Record of decision " + d.number() + ": " + d.title(),
                    Map.of("decision", view(d, index)), d.source().path()));
        }
        files.add(ctx.pages().page(Urls.decisions(), "decisions.ftlh", "Decisions", "decisions", home,
                "Records of decisions taken by " + ctx.site().site().publisher() + ", newest first.",
                Map.of("decisions", newestFirst.stream().map(DecisionSummary::of).toList()), "content/decisions/"));

        List<Planned> planned = ctx.site().decisions().stream()
                .filter(d -> d.status() == DecisionStatus.PROPOSED && d.keyDecision())
                .sorted(Comparator.comparing(Decision::date, Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
                        .thenComparing(Decision::number))
                .map(d -> new Planned(DecisionSummary.of(d), considered(d, index))).toList();
        files.add(ctx.pages().page(Urls.forwardPlan(), "forward-plan.ftlh", "Forward plan of key decisions",
                "forward-plan", register, "Key decisions that are proposed and not yet taken.",
                Map.of("planned", planned), "content/decisions/"));
        return files;
    }

    static View view(Decision d, SiteIndex index) {
        List<Section> sections = new ArrayList<>();
        section(sections, "Reasons for the decision", d.reasons());
        section(sections, "Consultation", d.consultation());
        section(sections, "Alternatives considered and rejected", d.alternatives());
        section(sections, "Conflicts of interest declared", d.conflicts());
        section(sections, "Dispensations granted", d.dispensations());
        Link report = index.paper(d.report()).map(p -> Link.to(Urls.paper(p), p.title())).orElse(null);
        DecisionSummary s = DecisionSummary.of(d);
        return new View(d.number(), d.title(), d.decisionMaker(), s.date(), s.status(), s.statusKey(), d.keyDecision(),
                d.body().html(), sections, report, considered(d, index));
    }

    private static List<Considered> considered(Decision d, SiteIndex index) {
        return index.itemsFor(d).stream().map(p -> new Considered(
                Link.to(Urls.meeting(p.meeting().meeting()), p.meeting().committee().displayName() + ", "
                        + Format.date(p.meeting().meeting().date())),
                new Link(Urls.href(Urls.meeting(p.meeting().meeting())) + "#" + MeetingPages.anchor(p.item().item().number()),
                        "Item " + p.item().item().number() + ": " + p.item().item().title()))).toList();
    }

    private static void section(List<Section> out, String heading, Markdown md) {
        if (md != null && !md.isEmpty()) {
            out.add(new Section(heading, md.html()));
        }
    }
}
