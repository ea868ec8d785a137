package org.agendum.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendum.model.BackgroundDocument;
import org.agendum.model.Classification;
import org.agendum.model.Contact;
import org.agendum.model.Excerpt;
import org.agendum.model.Markdown;
import org.agendum.model.Paper;
import org.agendum.model.PublicMeeting;
import org.agendum.model.RenderedFile;
import org.agendum.render.Format;
import org.agendum.render.Link;
import org.agendum.render.ParallelPages;
import org.agendum.render.RenderContext;
import org.agendum.render.SiteIndex;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;

/**
 * Paper pages (reports, appendices, notices): the paper as accessible HTML first, with its
 * metadata panel, and its PDF second. Minutes have their own page ({@link MinutesPages}).
 */
public final class PaperPages {

    /**
     * @param item     "Agenda item 7" linked to the item on the meeting page
     * @param contents the body's level-2 headings, when there are enough to be worth a list
     */
    public record View(String kind, String title, Link meeting, Link item, String itemTitle, Link pdf,
            List<Field> metadata, String summaryHtml, String recommendationsHtml, List<Markdown.Heading> contents,
            String bodyHtml, boolean backgroundGiven, List<Background> background, List<Contact> contacts) {}

    /** A metadata row: one or more lines of text, or a link. */
    public record Field(String label, List<String> lines, Link link) {}

    /** A background document; {@code url} only when it is a web address. */
    public record Background(String title, String url) {}

    private PaperPages() {}

    public static List<RenderedFile> render(RenderContext ctx) throws TemplateProblem {
        return ParallelPages.render(ctx.site().papers(), p -> {
            PublicMeeting pm = ctx.site().meetingOf(p);
            if (p.minutes() != null) {
                return List.of(MinutesPages.render(p, pm, ctx));
            }
            return List.of(ctx.pages().page(Urls.paper(p), "paper.ftlh", p.title(), "meetings", crumbs(pm),
                    p.summary().isEmpty() ? null : firstSentence(p.summary().text()),
                    Map.of("paper", view(p, pm, ctx)), p.source().path()));
        });
    }

    static List<Link> crumbs(PublicMeeting pm) {
        return List.of(Link.to(Urls.home(), "Home"), Link.to(Urls.committees(), "Committees"),
                Link.to(Urls.committee(pm.committee()), pm.committee().displayName()),
                Link.to(Urls.meeting(pm.meeting()), Format.date(pm.meeting().date())));
    }

    static View view(Paper p, PublicMeeting pm, RenderContext ctx) {
        SiteIndex index = ctx.index();
        Link meeting = Link.to(Urls.meeting(pm.meeting()),
                pm.committee().displayName() + ", " + Format.longDate(pm.meeting().date()));
        Link item = null;
        String itemTitle = null;
        var placement = index.placementOf(p);
        if (placement.isPresent()) {
            String number = placement.get().item().item().number();
            item = new Link(Urls.href(Urls.meeting(pm.meeting())) + "#" + MeetingPages.anchor(number),
                    "Agenda item " + number);
            itemTitle = placement.get().item().item().title();
        }
        List<Field> meta = new ArrayList<>();
        if (!p.by().isEmpty()) {
            meta.add(new Field("By", p.by(), null));
        }
        if (p.to() != null) {
            meta.add(new Field("To", List.of(p.to()), null));
        }
        if (p.decision() != null) {
            Link decision = index.decision(p.decision())
                    .map(d -> Link.to(Urls.decision(d), p.decision())).orElse(null);
            meta.add(new Field("Decision number", List.of(p.decision()), decision));
        }
        if (p.keyDecision() != null) {
            meta.add(new Field("Key decision", List.of(p.keyDecision() ? "Yes" : "No"), null));
        }
        meta.add(new Field("Classification",
                List.of(p.classification() == Classification.EXEMPT ? "Exempt" : "Unrestricted"), null));
        if (p.pastPathway() != null) {
            meta.add(new Field("Past pathway of paper", List.of(p.pastPathway()), null));
        }
        if (p.futurePathway() != null) {
            meta.add(new Field("Future pathway of paper", List.of(p.futurePathway()), null));
        }
        if (!p.electoralDivisions().isEmpty()) {
            meta.add(new Field("Electoral divisions", p.electoralDivisions(), null));
        }
        List<Background> background = p.backgroundDocuments().stream()
                .map(b -> new Background(b.title(), webAddress(b))).toList();
        List<Markdown.Heading> contents = p.body().headings().stream().filter(h -> h.level() == 2).toList();
        return new View(MeetingPages.kind(p.type()), p.title(), meeting, item, itemTitle,
                ctx.pdfsFor(p.meetingId()) ? Link.to(Urls.paperPdf(p), "Download this paper as a PDF") : null,
                meta, p.summary().html(), p.recommendations().html(), contents.size() >= 3 ? contents : List.of(),
                p.body().html(), p.backgroundDocumentsGiven(), background,
                p.contacts());
    }

    private static String webAddress(BackgroundDocument b) {
        String u = b.url();
        return u != null && (u.startsWith("https://") || u.startsWith("http://")) ? u : null;
    }

    /** The first sentence of a summary, for the meta description. */
    static String firstSentence(String text) {
        // 302 code points: a first ". " that is not inside them leaves a sentence over 300 characters
        String t = Excerpt.of(text, 302);
        int dot = t.indexOf(". ");
        String s = dot > 0 ? t.substring(0, dot + 1) : t;
        return s.length() > 300 ? s.substring(0, 297) + "…" : s;
    }
}
