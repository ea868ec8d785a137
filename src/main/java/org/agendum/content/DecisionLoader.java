package org.agendum.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.agendum.model.Classification;
import org.agendum.model.Decision;
import org.agendum.model.DecisionStatus;
import org.agendum.model.Embargo;
import org.agendum.model.Markdown;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code decisions/<yy>-<nnnnn>.md}. */
final class DecisionLoader {

    static final Set<String> KEYS = Set.of("number", "title", "decision_maker", "key_decision",
            "classification", "status", "date", "reasons", "consultation", "alternatives", "conflicts",
            "dispensations", "report", "published", "draft");

    private DecisionLoader() {}

    static Decision load(FileContext ctx, Node root, FrontMatter fm, String fileSlug) {
        YamlMap m = YamlMap.of(ctx, root, KEYS, "a decision's front matter");
        if (m == null) {
            return null;
        }
        String number = null;
        if (m.require("number")) {
            number = MeetingLoader.decisionNumber(ctx, m, "number");
            if (number != null && !number.replace('/', '-').equals(fileSlug)) {
                ctx.error(m.valuePos("number"), "`number` is " + number + " but the file is named "
                        + fileSlug + ".md; a decision NN/NNNNN lives in decisions/NN-NNNNN.md");
            }
        }
        String title = m.text("title", true);
        String maker = m.text("decision_maker", true);
        Boolean key = m.bool("key_decision", true);
        Classification classification = m.choice("classification", Classification.class,
                Classification.UNRESTRICTED, false);
        DecisionStatus status = m.choice("status", DecisionStatus.class, null, true);
        LocalDate date = m.date("date", false);
        if (status == DecisionStatus.TAKEN && date == null && !m.has("date")) {
            ctx.error(m.valuePos("status"), "a decision with `status: taken` needs the `date` it was taken");
        }
        Markdown reasons = m.markdown("reasons");
        Markdown consultation = m.markdown("consultation");
        Markdown alternatives = m.markdown("alternatives");
        Markdown conflicts = m.markdown("conflicts");
        Markdown dispensations = m.markdown("dispensations");
        String report = m.text("report", false);
        if (report != null && !report.matches("\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+/[a-z0-9]+(-[a-z0-9]+)*")) {
            ctx.error(m.valuePos("report"), "`report` must be <meeting-id>/<paper-slug> (no .md), such as"
                    + " 2018-03-08-cype-cabinet-committee/07-rates");
            report = null;
        }
        Instant published = m.dateTime("published");
        Boolean draft = m.bool("draft", false);
        Markdown body = PaperLoader.body(ctx, fm, false).markdown();
        m.finish();
        if (number == null || title == null || maker == null || key == null || status == null) {
            return null;
        }
        return new Decision(number, title, maker, key, classification, status, date, reasons, consultation,
                alternatives, conflicts, dispensations, report, new Embargo(draft != null && draft, published),
                body, ctx.file().at(1, 1));
    }
}
