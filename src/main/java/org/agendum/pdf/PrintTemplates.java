package org.agendum.pdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.Committee;
import org.agendum.model.Contact;
import org.agendum.model.Decision;
import org.agendum.model.Markdown;
import org.agendum.model.Member;
import org.agendum.model.Paper;
import org.agendum.model.PaperType;
import org.agendum.model.Plan;
import org.agendum.model.PublicItem;
import org.agendum.model.PublicMeeting;
import org.agendum.model.SiteInfo;
import org.agendum.render.TemplateEngine;
import org.agendum.render.TemplateProblem;

/**
 * Model → print HTML through the FreeMarker templates in {@code <theme>/print/}. Java only
 * gathers and orders values (and formats dates); every word and tag on the page is in the
 * templates.
 */
final class PrintTemplates {

    private final TemplateEngine engine;
    private final SiteInfo site;

    PrintTemplates(TemplateEngine engine, SiteInfo site) {
        this.engine = engine;
        this.site = site;
    }

    PrintJob paper(Paper p, PublicMeeting m) throws TemplateProblem {
        PrintPage page = page(p.title(), description(p, m), m, headingBookmarks(p.body()));
        Map<String, Object> model = base(page);
        model.put("paper", p);
        model.put("isReport", p.type() == PaperType.REPORT);
        List<String> keywords = new ArrayList<>(List.of(m.committee().name(), typeName(p.type()),
                PrintFormat.shortDate(m.meeting().date())));
        if (p.decision() != null) {
            keywords.add("Decision " + p.decision());
        }
        String html = render(p.type() == PaperType.MINUTES ? "minutes.ftlh" : "paper.ftlh", model, p.source().path());
        return new PrintJob(html, info(page, keywords,
                PrintFormat.documentDate(m.meeting(), p.embargo(), site.timezone())), p.source());
    }

    PrintJob decision(Decision d, PublicMeeting packMeeting) throws TemplateProblem {
        String title = "Record of decision " + d.number() + ": " + d.title();
        PrintPage page = page(title, title + " (" + d.decisionMaker() + ")", packMeeting, List.of());
        Map<String, Object> model = base(page);
        model.put("decision", d);
        model.put("decisionDate", d.date() == null ? "" : PrintFormat.shortDate(d.date()));
        String html = render("decision.ftlh", model, d.source().path());
        return new PrintJob(html, info(page, List.of("Record of decision", d.number(), packMeeting.committee().name()),
                PrintFormat.documentDate(packMeeting.meeting(), d.embargo(), site.timezone())), d.source());
    }

    PrintJob plan(Plan plan) throws TemplateProblem {
        String period = PrintFormat.shortDate(plan.periodFrom()) + " to " + PrintFormat.shortDate(plan.periodTo());
        PrintPage page = new PrintPage(plan.title(), site.language(),
                plan.title() + ", " + period + ", published by " + site.publisher(), site.publisher(),
                plan.title(), period, "", headingBookmarks(plan.body()));
        Map<String, Object> model = base(page);
        model.put("plan", plan);
        model.put("period", period);
        model.put("kind", plan.kind().name().replace('_', ' '));
        String html = render("plan.ftlh", model, plan.source().path());
        LocalDate date = plan.published() != null ? plan.published() : plan.periodFrom();
        return new PrintJob(html, info(page, List.of("Plan", plan.kind().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT), period),
                PrintFormat.startOfDay(date, site.timezone())), plan.source());
    }

    /** What the pack PDF says about itself. */
    DocumentInfo packInfo(PublicMeeting m) {
        String title = "Agenda pack: " + m.committee().name() + ", " + PrintFormat.shortDate(m.meeting().date());
        return new DocumentInfo(title, site.publisher(), packDescription(m),
                List.of(m.committee().name(), "agenda pack", PrintFormat.shortDate(m.meeting().date())),
                site.language(), PrintFormat.documentDate(m.meeting(), null, site.timezone()), true);
    }

    private DocumentInfo info(PrintPage page, List<String> keywords, java.time.Instant date) {
        return new DocumentInfo(page.title(), page.author(), page.description(), keywords, page.language(), date, true);
    }

    private static String typeName(PaperType t) {
        return switch (t) {
            case MINUTES -> "Minutes";
            case APPENDIX -> "Appendix";
            case NOTICE -> "Notice";
            case REPORT -> "Report";
        };
    }

    /**
     * The agenda front sheet; {@code pages} maps item number → its pack label ("Pages 25 - 40")
     * for items with papers in the pack.
     */
    String frontSheet(PublicMeeting m, Map<String, String> pages) throws TemplateProblem {
        Committee c = m.committee();
        String title = "Agenda: " + c.name() + ", " + PrintFormat.shortDate(m.meeting().date());
        PrintPage page = new PrintPage(title, site.language(), packDescription(m), site.publisher(),
                "", "", "", List.of());
        Map<String, Object> model = base(page);
        model.put("meeting", m.meeting());
        model.put("committee", c);
        model.put("longDate", PrintFormat.longDate(m.meeting().date()));
        model.put("time", PrintFormat.time(m.meeting().time()));
        Contact ask = !m.meeting().contacts().isEmpty() ? m.meeting().contacts().get(0)
                : c.contacts().isEmpty() ? null : c.contacts().get(0);
        if (ask != null) {
            model.put("askFor", ask);
        }
        List<Member> members = m.meeting().members().isEmpty() ? c.members() : m.meeting().members();
        model.put("memberGroups", groups(members));
        model.put("votingCount", c.size() != null ? c.size()
                : (int) members.stream().filter(Member::voting).count());
        List<AgendaLine> open = new ArrayList<>();
        List<ExemptLine> exempt = new ArrayList<>();
        for (PublicItem pi : m.items()) {
            if (pi.item().isExempt()) {
                exempt.add(new ExemptLine(pi.item().number(), pi.item().title(), pi.item().exempt().statutoryLine()));
            } else {
                open.add(new AgendaLine(pi.item().number(), pi.item().title(), pi.item().decision(),
                        pi.item().purpose(), pages.get(pi.item().number())));
            }
        }
        model.put("openItems", open);
        model.put("exemptItems", exempt);
        model.put("issuedOn", m.meeting().agendaPublished() == null ? ""
                : PrintFormat.longDate(m.meeting().agendaPublished()));
        return render("front-sheet.ftlh", model, m.meeting().source().path());
    }

    /** "Agenda and papers for the meeting of X on 8 March 2018 at …" — also the pack's PDF subject. */
    String packDescription(PublicMeeting m) {
        return "Agenda and papers for the meeting of the " + m.committee().name() + " on "
                + PrintFormat.shortDate(m.meeting().date()) + " at " + m.meeting().venue();
    }

    private static String description(Paper p, PublicMeeting m) {
        return typeName(p.type()) + " for the " + m.committee().name() + ", " + PrintFormat.shortDate(m.meeting().date())
                + ": " + p.title();
    }

    private PrintPage page(String title, String description, PublicMeeting m, List<PrintPage.Bookmark> marks) {
        return new PrintPage(title, site.language(), description, site.publisher(), m.committee().name(),
                PrintFormat.shortDate(m.meeting().date()), "", marks);
    }

    private static List<PrintPage.Bookmark> headingBookmarks(Markdown body) {
        return body.headings().stream()
                .filter(h -> h.level() <= 2 && h.id() != null && !h.id().isEmpty())
                .map(h -> new PrintPage.Bookmark(h.text(), h.id()))
                .toList();
    }

    /** Members by political group, groups in order of first appearance, "Mr G Cooke (Chairman)". */
    private static List<MemberGroup> groups(List<Member> members) {
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (Member mem : members) {
            String group = mem.group() == null ? "Members" : mem.group();
            byGroup.computeIfAbsent(group, g -> new ArrayList<>())
                    .add(mem.role() == null ? mem.name() : mem.name() + " (" + mem.role() + ")");
        }
        List<MemberGroup> out = new ArrayList<>();
        byGroup.forEach((g, names) -> out.add(new MemberGroup(g, names)));
        return out;
    }

    private Map<String, Object> base(PrintPage page) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("publisher", site.publisher());
        return model;
    }

    private String render(String template, Map<String, Object> model, String source) throws TemplateProblem {
        return new String(engine.render(template, model, source), StandardCharsets.UTF_8);
    }

    /** An unrestricted agenda line; {@code pages} is null when the item has nothing in the pack. */
    public record AgendaLine(String number, String title, String decision, Markdown purpose, String pages) {}

    public record ExemptLine(String number, String title, String exemptLine) {}

    public record MemberGroup(String name, List<String> members) {
        public MemberGroup {
            members = List.copyOf(members);
        }
    }

}
