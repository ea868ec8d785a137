package org.agendum.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agendum.model.Contact;
import org.agendum.model.Cost;
import org.agendum.model.Markdown;
import org.agendum.model.Plan;
import org.agendum.model.PlanKind;
import org.agendum.model.Priority;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code plans/<slug>.md}, with structured priorities whose totals must add up. */
final class PlanLoader {

    static final Set<String> KEYS = Set.of("title", "kind", "period", "organisation", "owners", "published",
            "priorities");
    static final Set<String> PRIORITY_KEYS = Set.of("title", "section", "baseline", "measures", "rationale",
            "objectives", "total");
    static final Set<String> OBJECTIVE_KEYS = Set.of("id", "objective", "actions", "success_criteria", "cost",
            "lines");
    static final Set<String> LINE_KEYS = Set.of("actions", "success_criteria", "cost");

    private PlanLoader() {}

    static Plan load(FileContext ctx, Node root, FrontMatter fm, String slug) {
        YamlMap m = YamlMap.of(ctx, root, KEYS, "a plan's front matter");
        if (m == null) {
            return null;
        }
        String title = m.text("title", true);
        PlanKind kind = m.choice("kind", PlanKind.class, null, true);
        LocalDate from = null;
        LocalDate to = null;
        if (m.require("period")) {
            YamlMap p = YamlMap.of(ctx, m.raw("period"), Set.of("from", "to"), "`period`");
            if (p != null) {
                from = p.date("from", true);
                to = p.date("to", true);
                if (from != null && to != null && to.isBefore(from)) {
                    ctx.error(p.valuePos("to"), "`period` ends (" + to + ") before it starts (" + from + ")");
                }
                p.finish();
            }
        }
        String organisation = m.text("organisation", false);
        List<Contact> owners = m.mapList("owners", n -> People.contact(ctx, n));
        LocalDate published = m.date("published", false);
        List<Priority> priorities = m.mapList("priorities", n -> priority(ctx, n));
        Markdown body = PaperLoader.body(ctx, fm, false).markdown();
        m.finish();
        if (title == null || kind == null || from == null || to == null) {
            return null;
        }
        return new Plan(slug, title, kind, from, to, organisation, owners, published, priorities, body,
                ctx.file().at(1, 1));
    }

    private static Priority priority(FileContext ctx, Node n) {
        YamlMap m = YamlMap.of(ctx, n, PRIORITY_KEYS, "a priority");
        if (m == null) {
            return null;
        }
        String title = m.text("title", true);
        String section = m.text("section", false);
        Markdown baseline = m.markdown("baseline");
        Markdown measures = m.markdown("measures");
        Markdown rationale = m.markdown("rationale");
        List<Priority.Objective> objectives = new ArrayList<>();
        if (m.require("objectives")) {
            objectives = m.mapList("objectives", o -> objective(ctx, o));
        }
        Cost total = m.has("total") ? Costs.read(ctx, m.raw("total"), "total") : null;
        BigDecimal sum = BigDecimal.ZERO;
        for (Priority.Objective o : objectives) {
            for (Priority.Line line : o.lines()) {
                if (line.cost() != null && line.cost().amount() != null) {
                    sum = sum.add(line.cost().amount());
                }
            }
        }
        if (total != null && total.amount() != null && total.amount().compareTo(sum) != 0) {
            ctx.error(m.valuePos("total"), "priority total is " + Costs.format(total.amount())
                    + " but its costs add up to " + Costs.format(sum) + "; correct the total or a cost");
        }
        m.finish();
        return title == null ? null
                : new Priority(title, section, baseline, measures, rationale, objectives, total, sum, m.position());
    }

    private static Priority.Objective objective(FileContext ctx, Node n) {
        YamlMap m = YamlMap.of(ctx, n, OBJECTIVE_KEYS, "an objective");
        if (m == null) {
            return null;
        }
        String id = m.text("id", true);
        String objective = m.text("objective", true);
        List<Priority.Line> lines;
        if (m.has("lines")) {
            for (String single : List.of("actions", "success_criteria", "cost")) {
                if (m.has(single)) {
                    ctx.error(m.keyPos(single), "an objective has either `lines` or `" + single
                            + "` at its own level, not both");
                }
            }
            lines = m.mapList("lines", l -> {
                YamlMap lm = YamlMap.of(ctx, l, LINE_KEYS, "an objective line");
                if (lm == null) {
                    return null;
                }
                Priority.Line line = line(ctx, lm);
                lm.finish();
                return line;
            });
        } else {
            lines = List.of(line(ctx, m));
        }
        m.finish();
        return id == null || objective == null ? null : new Priority.Objective(id, objective, lines);
    }

    private static Priority.Line line(FileContext ctx, YamlMap m) {
        List<Markdown> actions = m.mapList("actions", a -> YamlMap.markdown(ctx, a, "actions", false));
        List<Markdown> criteria = m.mapList("success_criteria",
                a -> YamlMap.markdown(ctx, a, "success_criteria", false));
        Cost cost = m.has("cost") ? Costs.read(ctx, m.raw("cost"), "cost") : null;
        return new Priority.Line(actions, criteria, cost);
    }
}
