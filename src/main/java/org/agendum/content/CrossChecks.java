package org.agendum.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.agendum.model.Attachment;
import org.agendum.model.Committee;
import org.agendum.model.ContentModel;
import org.agendum.model.Decision;
import org.agendum.model.Item;
import org.agendum.model.Meeting;
import org.agendum.model.Minute;
import org.agendum.model.Paper;
import org.agendum.model.PaperRef;
import org.agendum.model.PaperType;

/** Rules that span files: references, minutes against agendas, clear days. */
final class CrossChecks {

    private final ContentModel model;
    private final Diagnostics d;
    private final Map<String, Meeting> meetings;
    private final Set<String> committees;
    private final Set<String> decisions;
    private final Map<String, Paper> papers = new HashMap<>();
    private final Set<String> listed = new HashSet<>();

    private final Presence present;

    private final Instant now;

    CrossChecks(ContentModel model, Presence present, Diagnostics diagnostics, Instant now) {
        this.now = now;
        this.model = model;
        this.present = present;
        this.d = diagnostics;
        this.meetings = model.meetingsById();
        this.committees = model.committees().stream().map(Committee::slug).collect(Collectors.toSet());
        this.decisions = model.decisions().stream().map(Decision::number).collect(Collectors.toSet());
        for (Paper p : model.papers()) {
            papers.put(p.meetingId() + "/" + p.fileName(), p);
        }
    }

    void run() {
        for (Meeting m : model.meetings()) {
            meeting(m);
        }
        for (Paper p : model.papers()) {
            statutory(p);
            if (!present.meetings.contains(p.meetingId())) {
                d.error(p.source(), "this folder has no meeting.yaml, so the paper belongs to no meeting");
            } else if (meetings.containsKey(p.meetingId()) && !listed.contains(p.meetingId() + "/" + p.fileName())) {
                d.warning(p.source(), "paper is not listed in any item's `papers` nor as the meeting's `minutes`;"
                        + " it will not be published");
            }
        }
        for (Attachment a : model.attachments()) {
            if (!present.meetings.contains(a.meetingId())) {
                d.error(a.source(), "this folder has no meeting.yaml, so the file belongs to no meeting");
            } else if (meetings.containsKey(a.meetingId()) && !listed.contains(a.meetingId() + "/" + a.fileName())) {
                d.warning(a.source(), "supplied file is not listed in any item's `papers`; it will not be published");
            }
        }
        for (Decision dec : model.decisions()) {
            if (dec.report() != null) {
                String[] parts = dec.report().split("/", 2);
                if (!present.meetingFiles.contains(parts[0] + "/" + parts[1] + ".md")) {
                    d.error(dec.source(), "`report` " + dec.report() + " names no paper: expected "
                            + "meetings/<yyyy>/" + parts[0] + "/" + parts[1] + ".md");
                }
            }
        }
    }

    /** What the law expects of a report: its background papers, and a record once a key decision is taken. */
    private void statutory(Paper p) {
        if (p.type() == PaperType.REPORT && !p.backgroundDocumentsGiven()) {
            d.warning(p.source(), "report has no `background_documents` list (required by section 100D of the"
                    + " Local Government Act 1972); write `background_documents: []` if there are none");
        }
        Meeting m = meetings.get(p.meetingId());
        if (Boolean.TRUE.equals(p.keyDecision()) && p.decision() != null && m != null
                && m.date().atStartOfDay(model.site().timezone()).toInstant().isBefore(now)
                && !present.decisions.contains(p.decision())) {
            d.warning(p.source(), "key decision " + p.decision() + " was considered on " + m.date()
                    + " but has no record of decision: add decisions/" + p.decision().replace('/', '-') + ".md");
        }
    }

    private void meeting(Meeting m) {
        if (!committees.contains(m.committee()) && !present.committees.contains(m.committee())) {
            d.error(m.source(), "unknown committee `" + m.committee() + "`: no committees/" + m.committee() + ".yaml"
                    + Suggest.didYouMean(m.committee(), committees));
        }
        Map<String, Item> byNumber = new HashMap<>();
        for (Item item : m.items()) {
            Item first = byNumber.putIfAbsent(item.number(), item);
            if (first != null) {
                d.error(item.source(), "duplicate item number " + item.number() + " (first at line "
                        + first.source().line() + "); item numbers are unique within a meeting");
            }
            for (PaperRef ref : item.papers()) {
                paperRef(m, ref);
            }
            if (item.late() && item.urgency() == null && m.urgency() == null) {
                d.warning(item.source(), "late item " + item.number() + " has no `urgency` (the reason it is added"
                        + " after the agenda was published); add one to the item or the meeting");
            }
        }
        if (m.minutesFile() != null) {
            String key = m.id() + "/" + m.minutesFile();
            listed.add(key);
            Paper minutes = papers.get(key);
            if (minutes == null) {
                // A minutes file that exists but did not load has its own diagnostics.
                if (!present.meetingFiles.contains(key)) {
                    d.error(m.source(), "`minutes` names " + m.minutesFile() + ", which is not a paper in this folder");
                }
            } else if (minutes.type() != PaperType.MINUTES) {
                d.error(minutes.source(), "this paper is the meeting's `minutes` but its front matter lacks"
                        + " `type: minutes`");
            } else {
                minuteItems(m, minutes, byNumber);
            }
        }
        clearDays(m);
    }

    private void paperRef(Meeting m, PaperRef ref) {
        if (ref instanceof PaperRef.File f) {
            String key = m.id() + "/" + f.name();
            listed.add(key);
            if (!present.meetingFiles.contains(key)) {
                // Candidates for the hint: the folder's files as listed, except meeting.yaml.
                Set<String> here = new HashSet<>();
                for (String k : present.meetingFiles) {
                    if (k.startsWith(m.id() + "/") && !k.endsWith("/meeting.yaml")) {
                        here.add(k.substring(m.id().length() + 1));
                    }
                }
                d.error(f.source(), "unknown paper `" + f.name() + "`: there is no such file in meetings/"
                        + m.path() + "/" + Suggest.didYouMean(f.name(), here));
            }
        } else if (ref instanceof PaperRef.Minutes mr) {
            Meeting other = meetings.get(mr.meetingId());
            if (other == null && !present.meetings.contains(mr.meetingId())) {
                d.error(mr.source(), "unknown meeting `" + mr.meetingId() + "`"
                        + Suggest.didYouMean(mr.meetingId(), meetings.keySet()));
            } else if (other != null && other.minutesFile() == null) {
                d.error(mr.source(), "meeting " + mr.meetingId() + " has no `minutes` in its meeting.yaml");
            }
        } else if (ref instanceof PaperRef.Decision dr) {
            if (!decisions.contains(dr.number()) && !present.decisions.contains(dr.number())) {
                d.error(dr.source(), "unknown decision " + dr.number() + ": expected decisions/"
                        + dr.number().replace('/', '-') + ".md");
            }
        }
    }

    private void minuteItems(Meeting m, Paper minutes, Map<String, Item> items) {
        Map<String, Minute> seen = new HashMap<>();
        List<Minute> list = minutes.minutes().minutes();
        for (Minute minute : list) {
            Minute first = seen.putIfAbsent(minute.number(), minute);
            if (first != null) {
                d.error(minute.source(), "duplicate minute number " + minute.number() + " (first at line "
                        + first.source().line() + ")");
            }
            if (!items.containsKey(minute.item())) {
                d.error(minute.source(), "minute " + minute.number() + " names item " + minute.item()
                        + ", which is not on the agenda of " + m.id() + Suggest.didYouMean(minute.item(), items.keySet()));
            }
        }
    }

    private void clearDays(Meeting m) {
        if (m.agendaPublished() == null) {
            return;
        }
        if (m.agendaPublished().isAfter(m.date())) {
            d.error(m.source(), "`agenda_published` " + m.agendaPublished() + " is after the meeting (" + m.date() + ")");
            return;
        }
        int clear = ClearDays.between(m.agendaPublished(), m.date());
        if (clear < ClearDays.REQUIRED && m.urgency() == null) {
            d.warning(m.source(), "agenda published " + m.agendaPublished() + " gives " + clear + " clear working day"
                    + (clear == 1 ? "" : "s") + " before the meeting; " + ClearDays.REQUIRED
                    + " are required, or an `urgency` reason");
        }
    }
}
