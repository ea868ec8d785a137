package org.agendum.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agendum.model.Attachment;
import org.agendum.model.Attendee;
import org.agendum.model.Committee;
import org.agendum.model.Decision;
import org.agendum.model.Markdown;
import org.agendum.model.Page;
import org.agendum.model.Paper;
import org.agendum.model.Plan;
import org.agendum.model.Priority;
import org.agendum.model.PublicDocument;
import org.agendum.model.PublicItem;
import org.agendum.model.PublicMeeting;
import org.agendum.model.PublishedSite;
import org.agendum.render.Urls;

/**
 * Turns the {@link PublishedSite} into search documents. It is the only source of the
 * index: nothing unpublished is reachable from the site, so nothing unpublished can be
 * found. Documents come out sorted by path so every index built from them is in one order.
 */
public final class SearchDocuments {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PublishedSite site;
    private final AttachmentText attachments;
    private final Map<String, PublicMeeting> meetings = new HashMap<>();

    private SearchDocuments(PublishedSite site, AttachmentText attachments) {
        this.site = site;
        this.attachments = attachments;
        for (PublicMeeting m : site.meetings()) {
            meetings.put(m.id(), m);
        }
    }

    public static List<SearchDoc> of(PublishedSite site, AttachmentText attachments) {
        return new SearchDocuments(site, attachments).all();
    }

    private List<SearchDoc> all() {
        List<SearchDoc> docs = new ArrayList<>();
        site.meetings().forEach(m -> meeting(m, docs));
        site.papers().forEach(p -> paper(p, docs));
        site.attachments().forEach(a -> docs.add(attachment(a)));
        site.decisions().forEach(d -> docs.add(decision(d)));
        site.plans().forEach(p -> docs.add(plan(p)));
        site.pages().forEach(p -> docs.add(page(p)));
        docs.sort(Comparator.comparing(SearchDoc::path));
        return List.copyOf(docs);
    }

    private void meeting(PublicMeeting pm, List<SearchDoc> docs) {
        Committee c = pm.committee();
        LocalDate date = pm.meeting().date();
        String url = Urls.meeting(pm.meeting());
        Text body = new Text().add(c.name()).add(pm.meeting().venue());
        pm.meeting().notices().forEach(n -> body.add(n));
        for (PublicItem pi : pm.items()) {
            body.add(pi.item().number() + " " + pi.item().title());
            Text itemBody = new Text().add(pi.item().purpose());
            if (pi.item().isExempt()) {
                itemBody.add(pi.item().exempt().statutoryLine());
            }
            pi.documents().forEach(d -> itemBody.add(d.title()));
            String decision = pi.decision() != null ? pi.decision().number() : null;
            docs.add(new SearchDoc(url + "#item-" + pi.item().number(), pi.item().title(), itemBody.toString(),
                    DocType.ITEM, c.slug(), c.displayName(), date, decision,
                    pi.decision() != null && pi.decision().keyDecision()));
        }
        docs.add(new SearchDoc(url, c.displayName() + " — " + LONG_DATE.format(date), body.toString(),
                DocType.MEETING, c.slug(), c.displayName(), date, null, false));
    }

    private void paper(Paper p, List<SearchDoc> docs) {
        PublicMeeting pm = site.meetingOf(p);
        Committee c = pm.committee();
        LocalDate date = pm.meeting().date();
        DocType type = switch (p.type()) {
            case REPORT -> DocType.REPORT;
            case APPENDIX -> DocType.APPENDIX;
            case NOTICE -> DocType.NOTICE;
            case MINUTES -> DocType.MINUTES;
        };
        boolean key = Boolean.TRUE.equals(p.keyDecision());
        String url = Urls.paper(p);
        Text head = new Text().add(p.summary()).add(p.recommendations());
        p.by().forEach(head::add);
        head.add(p.to());
        if (p.minutes() != null) {
            for (List<Attendee> group : List.of(p.minutes().present(), p.minutes().alsoPresent(),
                    p.minutes().officers(), p.minutes().apologies())) {
                group.forEach(a -> head.add(a.name()).add(a.title()));
            }
        }
        if (!Sections.isLong(p.body())) {
            head.add(p.body().text());
            docs.add(new SearchDoc(url, p.title(), head.toString(), type, c.slug(), c.displayName(), date,
                    p.decision(), key));
            return;
        }
        for (Sections.Section s : Sections.split(p.body())) {
            if (s.heading() == null) {
                head.add(s.text());
                docs.add(new SearchDoc(url, p.title(), head.toString(), type, c.slug(), c.displayName(), date,
                        p.decision(), key));
            } else {
                docs.add(new SearchDoc(url + "#" + s.heading().id(), p.title() + ": " + s.heading().text(),
                        s.text(), type, c.slug(), c.displayName(), date, p.decision(), key));
            }
        }
    }

    private SearchDoc attachment(Attachment a) {
        PublicMeeting pm = meetings.get(a.meetingId());
        String title = a.fileName();
        for (PublicItem pi : pm.items()) {
            for (PublicDocument d : pi.documents()) {
                if (d instanceof PublicDocument.SuppliedFile f && f.attachment().fileName().equals(a.fileName())) {
                    title = f.title();
                }
            }
        }
        return new SearchDoc(Urls.attachment(a.meetingId(), a.fileName()), title, attachments.textOf(a),
                DocType.ATTACHMENT, pm.committee().slug(), pm.committee().displayName(), pm.meeting().date(),
                null, false);
    }

    private SearchDoc decision(Decision d) {
        Text body = new Text().add(d.number()).add(d.decisionMaker()).add(d.body()).add(d.reasons())
                .add(d.consultation()).add(d.alternatives()).add(d.conflicts()).add(d.dispensations());
        String committee = null;
        String committeeName = null;
        if (d.report() != null) {
            PublicMeeting pm = meetings.get(d.report().substring(0, d.report().indexOf('/')));
            if (pm != null) {
                committee = pm.committee().slug();
                committeeName = pm.committee().displayName();
            }
        }
        return new SearchDoc(Urls.decision(d), d.title(), body.toString(), DocType.DECISION, committee,
                committeeName, d.date(), d.number(), d.keyDecision());
    }

    private static SearchDoc plan(Plan p) {
        Text body = new Text().add(p.organisation()).add(p.body());
        for (Priority pr : p.priorities()) {
            body.add(pr.section()).add(pr.title()).add(pr.baseline()).add(pr.measures()).add(pr.rationale());
            for (Priority.Objective o : pr.objectives()) {
                body.add(o.objective());
                for (Priority.Line l : o.lines()) {
                    l.actions().forEach(body::add);
                    l.successCriteria().forEach(body::add);
                }
            }
        }
        return new SearchDoc(Urls.plan(p), p.title(), body.toString(), DocType.PLAN, null, null,
                p.periodFrom(), null, false);
    }

    private static SearchDoc page(Page p) {
        return new SearchDoc(Urls.page(p), p.title(), new Text().add(p.summary()).add(p.body()).toString(),
                DocType.PAGE, null, null, null, null, false);
    }

    /** Paragraphs of plain text, skipping what is absent. */
    private static final class Text {
        private final StringBuilder sb = new StringBuilder();

        Text add(String s) {
            if (s != null && !s.isBlank()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(s.strip());
            }
            return this;
        }

        Text add(Markdown m) {
            return m == null ? this : add(m.text());
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
