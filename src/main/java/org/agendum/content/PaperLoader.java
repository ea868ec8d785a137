package org.agendum.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agendum.content.markdown.MarkdownIssue;
import org.agendum.content.markdown.MarkdownProcessor;
import org.agendum.content.markdown.MinuteHeading;
import org.agendum.model.Attendee;
import org.agendum.model.BackgroundDocument;
import org.agendum.model.Classification;
import org.agendum.model.Embargo;
import org.agendum.model.Markdown;
import org.agendum.model.Minute;
import org.agendum.model.MinutesDetails;
import org.agendum.model.Paper;
import org.agendum.model.PaperType;
import org.agendum.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads a paper ({@code <paper-slug>.md} in a meeting folder): front matter and body. */
final class PaperLoader {

    static final Set<String> KEYS = Set.of("title", "type", "by", "to", "decision", "key_decision",
            "classification", "exempt_paragraph", "past_pathway", "future_pathway", "electoral_divisions",
            "summary", "recommendations", "background_documents", "contacts", "published", "draft");
    static final Set<String> MINUTES_KEYS = Set.of("status", "present", "also_present", "officers", "apologies");

    private PaperLoader() {}

    /** Reads the front matter map and body; {@code root} is the front matter's YAML root. */
    static Paper load(FileContext ctx, Node root, FrontMatter fm, String meetingId, String slug) {
        boolean minutesType = root != null && declaresMinutes(root);
        Set<String> known = new java.util.HashSet<>(KEYS);
        if (minutesType) {
            known.addAll(MINUTES_KEYS);
        }
        YamlMap m = YamlMap.of(ctx, root, known, "a paper's front matter");
        if (m == null) {
            return null;
        }
        String title = m.text("title", true);
        PaperType type = m.choice("type", PaperType.class, PaperType.REPORT, false);
        List<String> by = m.textList("by");
        String to = m.text("to", false);
        String decision = MeetingLoader.decisionNumber(ctx, m, "decision");
        Boolean key = m.bool("key_decision", false);
        Classification classification = m.choice("classification", Classification.class,
                Classification.UNRESTRICTED, false);
        Integer paragraph = m.integer("exempt_paragraph");
        if (classification == Classification.EXEMPT && (paragraph == null || paragraph < 1 || paragraph > 7)) {
            ctx.error(m.has("exempt_paragraph") ? m.valuePos("exempt_paragraph") : m.valuePos("classification"),
                    "an exempt paper needs `exempt_paragraph:` 1 to 7 (Schedule 12A, Part 1)");
        } else if (classification != Classification.EXEMPT && paragraph != null) {
            ctx.error(m.keyPos("exempt_paragraph"), "`exempt_paragraph` is only for `classification: exempt`");
        }
        String past = m.text("past_pathway", false);
        String future = m.text("future_pathway", false);
        List<String> divisions = m.textList("electoral_divisions");
        Markdown summary = m.markdown("summary");
        Markdown recommendations = m.markdown("recommendations");
        boolean backgroundGiven = m.hasKey("background_documents");
        List<BackgroundDocument> background = m.mapList("background_documents", n -> background(ctx, n));
        List<org.agendum.model.Contact> contacts = m.mapList("contacts", n -> People.contact(ctx, n));
        Instant published = m.dateTime("published");
        Boolean draft = m.bool("draft", false);

        MinutesDetails minutesDetails = null;
        Markdown body;
        BodyResult br = body(ctx, fm, type == PaperType.MINUTES);
        body = br.markdown;
        if (type == PaperType.MINUTES) {
            String status = m.text("status", false);
            if (status != null && !status.equals("draft") && !status.equals("confirmed")) {
                ctx.error(m.valuePos("status"), "minutes `status` must be draft or confirmed, found `" + status + "`");
            }
            minutesDetails = new MinutesDetails("draft".equals(status),
                    attendees(ctx, m, "present"), attendees(ctx, m, "also_present"),
                    attendees(ctx, m, "officers"), attendees(ctx, m, "apologies"), br.minutes);
        }
        m.finish();
        if (title == null) {
            return null;
        }
        return new Paper(meetingId, slug, title, type, by, to, decision, key, classification, paragraph, past,
                future, divisions, summary, recommendations, background, backgroundGiven, contacts,
                new Embargo(draft != null && draft, published), body, minutesDetails, ctx.file().at(1, 1));
    }

    private static boolean declaresMinutes(Node root) {
        if (root instanceof org.snakeyaml.engine.v2.nodes.MappingNode map) {
            for (var t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("type")
                        && t.getValueNode() instanceof ScalarNode v && v.getValue().strip().equals("minutes")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Attendee> attendees(FileContext ctx, YamlMap m, String key) {
        return m.mapList(key, n -> People.attendee(ctx, n));
    }

    private static BackgroundDocument background(FileContext ctx, Node n) {
        if (n instanceof ScalarNode) {
            String t = YamlMap.text(ctx, n, "background_documents");
            return t == null ? null : new BackgroundDocument(t, null);
        }
        YamlMap m = YamlMap.of(ctx, n, Set.of("title", "url"), "a background document");
        if (m == null) {
            return null;
        }
        String title = m.text("title", true);
        String url = m.text("url", false);
        SiteLoader.checkUrl(ctx, m, "url", url);
        m.finish();
        return title == null ? null : new BackgroundDocument(title, url);
    }

    /** The Markdown body with its minute headings; issues reported at file lines. */
    record BodyResult(Markdown markdown, List<Minute> minutes) {}

    static BodyResult body(FileContext ctx, FrontMatter fm, boolean minutesAllowed) {
        MarkdownProcessor.Result r = ctx.markdown().process(fm.body(), minutesAllowed);
        for (MarkdownIssue issue : r.issues()) {
            ctx.error(ctx.file().at(fm.bodyLineOffset() + issue.line(), issue.column()), issue.message());
        }
        List<Minute> minutes = new ArrayList<>();
        for (MinuteHeading h : r.minutes()) {
            SourcePosition at = ctx.file().at(fm.bodyLineOffset() + h.line(), h.column());
            minutes.add(new Minute(h.minute(), h.item(), h.title(), h.anchor(), at));
        }
        return new BodyResult(r.markdown(), minutes);
    }
}
