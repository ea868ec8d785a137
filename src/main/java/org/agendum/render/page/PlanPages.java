package org.agendum.render.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.Contact;
import org.agendum.model.Cost;
import org.agendum.model.Markdown;
import org.agendum.model.Plan;
import org.agendum.model.PlanKind;
import org.agendum.model.Priority;
import org.agendum.model.RenderedFile;
import org.agendum.render.Format;
import org.agendum.render.Link;
import org.agendum.render.RenderContext;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;

/** The plans index and one page per plan, with its priorities as accessible tables and computed totals. */
public final class PlanPages {

    /**
     * @param grandTotal the sum of every numeric cost in the plan, or null when there is none
     */
    public record View(String kind, String title, String period, String organisation, List<Contact> owners,
            String published, Link pdf, List<SectionView> sections, String grandTotal, String bodyHtml) {}

    /** Priorities grouped under a section heading ("Section 1"), or under none. */
    public record SectionView(String heading, List<PriorityView> priorities) {}

    /**
     * One priority and its action table.
     *
     * @param total the sum of its numeric costs ("£38,996"), or the total as written when nothing
     *              counts towards a sum ("TBC"), or null
     */
    public record PriorityView(String anchor, String title, String baselineHtml, String measuresHtml,
            String rationaleHtml, List<ObjectiveView> objectives, String total) {}

    /** An objective; the template gives its id and text one cell spanning all its lines. */
    public record ObjectiveView(String id, String objective, List<LineView> lines) {}

    public record LineView(List<String> actionsHtml, List<String> criteriaHtml, String cost) {}

    /** A plan in the index. */
    public record Entry(Link link, String kind, String period, String organisation) {}

    private PlanPages() {}

    public static List<RenderedFile> render(RenderContext ctx) throws TemplateProblem {
        List<Link> home = List.of(Link.to(Urls.home(), "Home"));
        List<Plan> plans = new ArrayList<>(ctx.site().plans());
        plans.sort(Comparator.comparing(Plan::periodFrom).reversed().thenComparing(Plan::title));
        List<RenderedFile> files = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Plan p : plans) {
            entries.add(new Entry(Link.to(Urls.plan(p), p.title()), kind(p.kind()), period(p), p.organisation()));
            files.add(ctx.pages().page(Urls.plan(p), "plan.ftlh", p.title(), "plans",
                    List.of(home.get(0), Link.to(Urls.plans(), "Plans")),
                    kind(p.kind()) + " for " + period(p) + ".", Map.of("plan", view(p, ctx)), p.source().path()));
        }
        files.add(ctx.pages().page(Urls.plans(), "plans.ftlh", "Plans", "plans", home,
                "Action plans, operating plans, business plans, strategies and reports.",
                Map.of("plans", entries), "content/plans/"));
        return files;
    }

    static View view(Plan p, RenderContext ctx) {
        Map<String, List<PriorityView>> bySection = new LinkedHashMap<>();
        BigDecimal grand = BigDecimal.ZERO;
        boolean anyAmount = false;
        int n = 0;
        for (Priority pr : p.priorities()) {
            n++;
            List<ObjectiveView> objectives = new ArrayList<>();
            boolean amounts = false;
            for (Priority.Objective o : pr.objectives()) {
                List<LineView> lines = new ArrayList<>();
                for (Priority.Line l : o.lines()) {
                    lines.add(new LineView(html(l.actions()), html(l.successCriteria()),
                            l.cost() == null ? "" : l.cost().text()));
                    amounts |= l.cost() != null && l.cost().amount() != null;
                }
                objectives.add(new ObjectiveView(o.id(), o.objective(), lines));
            }
            if (amounts) {
                grand = grand.add(pr.computedTotal());
                anyAmount = true;
            }
            String total = amounts ? Format.money(pr.computedTotal()) : writtenTotal(pr.total());
            bySection.computeIfAbsent(pr.section() == null ? "" : pr.section(), k -> new ArrayList<>())
                    .add(new PriorityView("priority-" + n, pr.title(), html(pr.baseline()), html(pr.measures()),
                            html(pr.rationale()), objectives, total));
        }
        List<SectionView> sections = new ArrayList<>();
        bySection.forEach((heading, list) -> sections.add(new SectionView(heading.isEmpty() ? null : heading, list)));
        return new View(kind(p.kind()), p.title(), period(p), p.organisation(), p.owners(), Format.date(p.published()),
                ctx.pdfsMade() ? Link.to(Urls.planPdf(p), "Download this plan as a PDF") : null, sections,
                anyAmount ? Format.money(grand) : null, p.body().html());
    }

    private static String writtenTotal(Cost total) {
        return total == null ? null : total.text();
    }

    private static String html(Markdown md) {
        return md == null ? "" : md.html();
    }

    private static List<String> html(List<Markdown> list) {
        return list.stream().map(Markdown::html).toList();
    }

    static String period(Plan p) {
        return Format.date(p.periodFrom()) + " to " + Format.date(p.periodTo());
    }

    static String kind(PlanKind k) {
        return switch (k) {
            case ACTION_PLAN -> "Action plan";
            case OPERATING_PLAN -> "Operating plan";
            case BUSINESS_PLAN -> "Business plan";
            case STRATEGY -> "Strategy";
            case REPORT -> "Report";
        };
    }
}
