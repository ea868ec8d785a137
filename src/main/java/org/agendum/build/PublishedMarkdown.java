package org.agendum.build;

import java.util.HashSet;
import java.util.Set;
import org.agendum.model.Decision;
import org.agendum.model.Markdown;
import org.agendum.model.Page;
import org.agendum.model.Paper;
import org.agendum.model.Plan;
import org.agendum.model.Priority;
import org.agendum.model.PublicItem;
import org.agendum.model.PublicMeeting;
import org.agendum.model.PublishedSite;

/**
 * The Markdown source texts the published site shows: the only ones the build cache may
 * keep on disk. Listed field by field on purpose: a value missed here is only processed
 * again next time, while a value wrongly included would put unpublished text on disk.
 */
final class PublishedMarkdown {

    private PublishedMarkdown() {}

    static Set<String> of(PublishedSite site) {
        Set<String> out = new HashSet<>();
        site.committees().forEach(c -> add(out, c.description()));
        for (PublicMeeting pm : site.meetings()) {
            for (PublicItem item : pm.items()) {
                add(out, item.item().purpose());
            }
            if (pm.minutes() != null) {
                paper(out, pm.minutes());
            }
        }
        site.papers().forEach(p -> paper(out, p));
        for (Decision d : site.decisions()) {
            for (Markdown m : new Markdown[] {d.reasons(), d.consultation(), d.alternatives(), d.conflicts(),
                    d.dispensations(), d.body()}) {
                add(out, m);
            }
        }
        for (Plan plan : site.plans()) {
            add(out, plan.body());
            for (Priority p : plan.priorities()) {
                add(out, p.baseline());
                add(out, p.measures());
                add(out, p.rationale());
                for (Priority.Objective o : p.objectives()) {
                    for (Priority.Line line : o.lines()) {
                        line.actions().forEach(m -> add(out, m));
                        line.successCriteria().forEach(m -> add(out, m));
                    }
                }
            }
        }
        for (Page page : site.pages()) {
            add(out, page.summary());
            add(out, page.body());
        }
        return out;
    }

    private static void paper(Set<String> out, Paper p) {
        add(out, p.summary());
        add(out, p.recommendations());
        add(out, p.body());
    }

    private static void add(Set<String> out, Markdown m) {
        if (m != null && !m.isEmpty()) {
            out.add(m.source());
        }
    }
}
