package org.agendum.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Exactly what may be published at {@code now}; the only model the render, PDF and search
 * stages receive. Nothing unpublished is reachable from here, not even a file name.
 *
 * @param papers      public papers (reports, appendices, notices, minutes), by meeting then slug
 * @param attachments public supplied files
 * @param paperMeetings for each public paper's meeting id, its public meeting
 */
public record PublishedSite(
        SiteInfo site,
        Instant now,
        List<Committee> committees,
        List<PublicMeeting> meetings,
        List<Paper> papers,
        List<Attachment> attachments,
        List<Decision> decisions,
        List<Plan> plans,
        List<Page> pages,
        Map<String, PublicMeeting> paperMeetings) {

    public PublishedSite {
        committees = List.copyOf(committees);
        meetings = List.copyOf(meetings);
        papers = List.copyOf(papers);
        attachments = List.copyOf(attachments);
        decisions = List.copyOf(decisions);
        plans = List.copyOf(plans);
        pages = List.copyOf(pages);
        paperMeetings = Map.copyOf(paperMeetings);
    }

    public PublicMeeting meetingOf(Paper paper) {
        return paperMeetings.get(paper.meetingId());
    }
}
