package org.agendum.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.agendum.model.Contact;
import org.agendum.model.Exemption;
import org.agendum.model.Item;
import org.agendum.model.Markdown;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingStatus;
import org.agendum.model.Member;
import org.agendum.model.PaperRef;
import org.agendum.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads {@code meetings/<yyyy>/<id>/meeting.yaml}: the meeting, its items and paper refs. */
final class MeetingLoader {

    static final Set<String> KEYS = Set.of("committee", "date", "time", "venue", "status",
            "agenda_published", "urgency", "contact", "issued_by", "notices", "webcast", "members",
            "items", "minutes");
    static final Set<String> ITEM_KEYS = Set.of("number", "title", "purpose", "decision", "papers",
            "exempt", "late", "urgency");
    static final Set<String> REF_KEYS = Set.of("minutes", "decision", "file", "title");

    private MeetingLoader() {}

    /**
     * @param id   the folder name, which is the meeting's id
     * @param year the year folder it sits in
     */
    static Meeting load(FileContext ctx, Node root, String id, String year) {
        YamlMap m = YamlMap.of(ctx, root, KEYS, "meeting.yaml");
        if (m == null) {
            return null;
        }
        String committee = m.text("committee", true);
        LocalDate date = m.date("date", true);
        LocalTime time = m.time("time", true);
        String venue = m.text("venue", true);
        MeetingStatus status = m.choice("status", MeetingStatus.class, MeetingStatus.SCHEDULED, false);
        LocalDate agendaPublished = m.date("agenda_published", false);
        String urgency = m.text("urgency", false);
        List<Contact> contacts = People.contacts(ctx, m, "contact");
        Contact issuedBy = m.has("issued_by") ? People.contact(ctx, m.raw("issued_by")) : null;
        List<Markdown> notices = m.mapList("notices", n -> YamlMap.markdown(ctx, n, "notices", false));
        String webcast = webcast(ctx, m);
        List<Member> members = m.mapList("members", n -> People.member(ctx, n));
        List<Item> items = new ArrayList<>();
        if (m.require("items") || m.raw("items") == null) {
            items = m.mapList("items", n -> item(ctx, n));
        }
        String minutes = m.text("minutes", false);
        if (minutes != null) {
            minutes = fileName(ctx, m.valuePos("minutes"), minutes, "minutes");
        }
        checkFolder(ctx, m, id, year, committee, date);
        m.finish();
        if (committee == null || date == null || time == null || venue == null) {
            return null;
        }
        return new Meeting(id, committee, date, time, venue, status, agendaPublished, urgency, contacts,
                issuedBy, notices, webcast, members, items, minutes, m.position());
    }

    private static void checkFolder(FileContext ctx, YamlMap m, String id, String year, String committee,
            LocalDate date) {
        Matcher folder = Ids.MEETING_ID.matcher(id);
        if (!folder.matches()) {
            ctx.error(m.position(), "meeting folder `" + id + "` must be named <yyyy-mm-dd>-<committee-slug>");
            return;
        }
        if (date != null && !folder.group(1).equals(date.toString())) {
            ctx.error(m.valuePos("date"), "`date` is " + date + " but the folder is named for "
                    + folder.group(1) + "; rename the folder or correct the date");
        }
        if (committee != null && !folder.group(2).equals(committee)) {
            ctx.error(m.valuePos("committee"), "`committee` is `" + committee + "` but the folder is named for `"
                    + folder.group(2) + "`; rename the folder or correct the committee");
        }
        if (!folder.group(1).startsWith(year + "-")) {
            ctx.error(m.position(), "meeting folder `" + id + "` is under meetings/" + year
                    + "/ but its date is in " + folder.group(1).substring(0, 4));
        }
    }

    private static String webcast(FileContext ctx, YamlMap m) {
        Node n = m.raw("webcast");
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            if (!s.getValue().equalsIgnoreCase("true")) {
                return null;
            }
            return "true";
        }
        String url = m.text("webcast", false);
        return SiteLoader.checkUrl(ctx, m, "webcast", url) ? url : null;
    }

    private static Item item(FileContext ctx, Node n) {
        YamlMap m = YamlMap.of(ctx, n, ITEM_KEYS, "an agenda item");
        if (m == null) {
            return null;
        }
        String number = m.text("number", true);
        String title = m.text("title", true);
        Markdown purpose = m.markdown("purpose");
        String decision = decisionNumber(ctx, m, "decision");
        List<PaperRef> papers = m.mapList("papers", p -> paperRef(ctx, p));
        Exemption exempt = null;
        if (m.has("exempt")) {
            YamlMap e = YamlMap.of(ctx, m.raw("exempt"), Set.of("paragraph", "reason"), "`exempt`");
            if (e != null) {
                Integer paragraph = e.integer("paragraph");
                if (paragraph == null || paragraph < 1 || paragraph > 7) {
                    ctx.error(e.has("paragraph") ? e.valuePos("paragraph") : e.position(),
                            "an exempt item needs `paragraph:` 1 to 7 (the paragraph of Part 1 of Schedule 12A"
                                    + " to the Local Government Act 1972 that applies)");
                } else {
                    exempt = new Exemption(paragraph, e.text("reason", false));
                }
                e.finish();
            }
        }
        Boolean late = m.bool("late", false);
        String urgency = m.text("urgency", false);
        m.finish();
        if (number == null || title == null) {
            return null;
        }
        return new Item(number, title, purpose, decision, papers, exempt, late != null && late, urgency,
                m.position());
    }

    static String decisionNumber(FileContext ctx, YamlMap m, String key) {
        String v = m.text(key, false);
        if (v != null && !Ids.DECISION.matcher(v).matches()) {
            ctx.error(m.valuePos(key), "`" + key + "` must be a decision number NN/NNNNN such as \"18/00004\""
                    + " (quoted), found `" + v + "`");
            return null;
        }
        return v;
    }

    private static PaperRef paperRef(FileContext ctx, Node n) {
        SourcePosition at = YamlMap.positionOf(ctx, n);
        if (n instanceof ScalarNode) {
            String name = YamlMap.text(ctx, n, "papers");
            name = name == null ? null : fileName(ctx, at, name, "papers");
            return name == null ? null : new PaperRef.File(name, null, at);
        }
        if (!(n instanceof MappingNode)) {
            ctx.error(at, "a paper ref is a file name, {minutes: <meeting-id>}, {decision: NN/NNNNN}"
                    + " or {file: <name>, title: <text>}");
            return null;
        }
        YamlMap m = YamlMap.of(ctx, n, REF_KEYS, "a paper ref");
        PaperRef ref = null;
        int forms = (m.has("minutes") ? 1 : 0) + (m.has("decision") ? 1 : 0) + (m.has("file") ? 1 : 0);
        if (forms != 1) {
            ctx.error(at, "a paper ref needs exactly one of `minutes`, `decision`, `file`");
        } else if (m.has("minutes")) {
            String id = m.text("minutes", false);
            if (id != null && !Ids.MEETING_ID.matcher(id).matches()) {
                ctx.error(m.valuePos("minutes"), "`minutes` must be a meeting id such as 2018-01-18-cype-cabinet-committee");
            } else if (id != null) {
                ref = new PaperRef.Minutes(id, m.valuePos("minutes"));
            }
        } else if (m.has("decision")) {
            String number = decisionNumber(ctx, m, "decision");
            ref = number == null ? null : new PaperRef.Decision(number, m.valuePos("decision"));
        } else {
            String name = m.text("file", false);
            name = name == null ? null : fileName(ctx, m.valuePos("file"), name, "file");
            ref = name == null ? null : new PaperRef.File(name, m.text("title", false), m.valuePos("file"));
        }
        if (m.has("title") && !m.has("file")) {
            ctx.error(m.keyPos("title"), "`title` only goes with `file:` in a paper ref");
        }
        m.finish();
        return ref;
    }

    /** A file name in the meeting folder: never a path, so it cannot escape content/. */
    static String fileName(FileContext ctx, SourcePosition at, String name, String key) {
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith("~")) {
            ctx.error(at, "`" + key + "` must name a file in this meeting's folder, not a path: `" + name
                    + "` (paths outside the meeting folder are not allowed)");
            return null;
        }
        if (!Ids.FILE_NAME.matcher(name).matches()) {
            ctx.error(at, "`" + name + "` is not a usable file name (letters, digits, `.`, `-`, `_`, and an extension)");
            return null;
        }
        return name;
    }
}
