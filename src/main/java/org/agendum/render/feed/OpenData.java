package org.agendum.render.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agendum.model.AgendaPacks;
import org.agendum.model.Attachment;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingStatus;
import org.agendum.model.Paper;
import org.agendum.model.PublicDocument;
import org.agendum.model.PublicItem;
import org.agendum.model.PublicMeeting;
import org.agendum.model.RenderedFile;
import org.agendum.model.SiteInfo;
import org.agendum.render.SiteIndex;
import org.agendum.render.Urls;
import org.agendum.render.page.MeetingSummary;

/**
 * {@code data/meetings.json}: every meeting in the Open Civic Data event shape (name,
 * start_time, timezone, status, location, participants, agenda items with order and
 * description, documents with url and media_type, links, sources). Built as a Jackson tree
 * in a fixed key order and printed with "\n" line ends, so the bytes never vary.
 */
public final class OpenData {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final SiteIndex index;
    private final SiteInfo site;
    private final AgendaPacks packs;

    private OpenData(SiteIndex index, AgendaPacks packs) {
        this.index = index;
        this.site = index.site().site();
        this.packs = packs;
    }

    public static List<RenderedFile> render(SiteIndex index, AgendaPacks packs) {
        OpenData data = new OpenData(index, packs);
        ObjectNode root = JSON.createObjectNode();
        root.put("publisher", data.site.publisher());
        root.put("source", data.site.baseUrl());
        if (data.site.licence() != null) {
            ObjectNode licence = root.putObject("license");
            licence.put("name", data.site.licence().text());
            licence.put("url", data.site.licence().url());
        }
        ArrayNode meetings = root.putArray("meetings");
        for (PublicMeeting m : index.meetingsByDate()) {
            meetings.add(data.event(m));
        }
        try {
            String text = JSON.writer(PRINTER).writeValueAsString(root) + "\n";
            return List.of(new RenderedFile(Urls.OPEN_DATA, text.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private ObjectNode event(PublicMeeting pm) {
        Meeting m = pm.meeting();
        String page = abs(Urls.meeting(m));
        ObjectNode e = JSON.createObjectNode();
        e.put("id", m.id());
        e.put("name", pm.committee().name());
        e.put("description", "");
        e.put("classification", "committee-meeting");
        e.put("start_time", index.start(m).toOffsetDateTime().toString());
        e.put("timezone", site.timezone().getId());
        e.put("all_day", false);
        e.put("status", status(pm));
        ObjectNode location = e.putObject("location");
        location.put("name", m.venue());
        location.putNull("coordinates");
        ObjectNode host = e.putArray("participants").addObject();
        host.put("name", pm.committee().name());
        host.put("entity_type", "organization");
        host.put("note", "host");
        ArrayNode agenda = e.putArray("agenda");
        ArrayNode documents = e.putArray("documents");
        packs.of(m.id()).ifPresent(pack -> document(documents, "Agenda pack", abs(Urls.agendaPack(m)), "application/pdf"));
        for (PublicItem pi : pm.items()) {
            agenda.add(item(pi, documents));
        }
        if (pm.minutes() != null) {
            paper(documents, "Minutes", pm.minutes());
        }
        e.putArray("media");
        ObjectNode link = e.putArray("links").addObject();
        link.put("note", "Meeting page");
        link.put("url", page);
        ObjectNode source = e.putArray("sources").addObject();
        source.put("note", "Meeting page");
        source.put("url", page);
        ObjectNode extras = e.putObject("extras");
        extras.put("committee", pm.committee().slug());
        extras.put("agenda_published", pm.agendaIssued());
        extras.put("agendum_status", MeetingSummary.statusKey(m, index));
        extras.put("calendar", abs(Urls.meetingCalendar(m)));
        return e;
    }

    private ObjectNode item(PublicItem pi, ArrayNode documents) {
        ObjectNode item = JSON.createObjectNode();
        item.put("description", pi.item().title());
        item.put("order", pi.item().number());
        item.putArray("subjects");
        item.putArray("classification").add(pi.item().isExempt() ? "exempt" : "unrestricted");
        ArrayNode notes = item.putArray("notes");
        if (pi.item().isExempt()) {
            notes.add(pi.item().exempt().statutoryLine());
        } else if (!pi.item().purpose().isEmpty()) {
            notes.add(pi.item().purpose().text());
        }
        ArrayNode related = item.putArray("related_entities");
        if (pi.decision() != null) {
            ObjectNode d = related.addObject();
            d.put("name", "Decision " + pi.decision().number() + ": " + pi.decision().title());
            d.put("entity_type", "decision");
            d.put("url", abs(Urls.decision(pi.decision())));
        }
        item.putArray("media");
        for (PublicDocument doc : pi.documents()) {
            String note = "Item " + pi.item().number() + ": " + doc.title();
            if (doc instanceof PublicDocument.OwnPaper own) {
                paper(documents, note, own.paper());
            } else if (doc instanceof PublicDocument.OtherMinutes om) {
                paper(documents, note, om.minutes());
            } else if (doc instanceof PublicDocument.SuppliedFile f) {
                Attachment a = f.attachment();
                document(documents, note, abs(Urls.attachment(a.meetingId(), a.fileName())), a.mediaType());
            } else if (doc instanceof PublicDocument.DecisionRecord r) {
                document(documents, note, abs(Urls.decision(r.decision())), "text/html");
            }
        }
        return item;
    }

    /** A paper: its HTML page, and its PDF when this build made one. */
    private void paper(ArrayNode documents, String note, Paper p) {
        ObjectNode d = documents.addObject();
        d.put("note", note);
        ArrayNode links = d.putArray("links");
        ObjectNode html = links.addObject();
        html.put("url", abs(Urls.paper(p)));
        html.put("media_type", "text/html");
        if (packs.of(p.meetingId()).isPresent()) {
            ObjectNode pdf = links.addObject();
            pdf.put("url", abs(Urls.paperPdf(p)));
            pdf.put("media_type", "application/pdf");
        }
    }

    private static void document(ArrayNode documents, String note, String url, String mediaType) {
        ObjectNode d = documents.addObject();
        d.put("note", note);
        ObjectNode link = d.putArray("links").addObject();
        link.put("url", url);
        link.put("media_type", mediaType);
    }

    /** Open Civic Data's statuses: confirmed, tentative, cancelled, passed. A postponed meeting will not happen then. */
    private String status(PublicMeeting pm) {
        Meeting m = pm.meeting();
        if (m.status() != MeetingStatus.SCHEDULED) {
            return "cancelled";
        }
        return index.isPast(m) ? "passed" : "confirmed";
    }

    private String abs(String url) {
        return Urls.absolute(site.baseUrl(), url);
    }
}
