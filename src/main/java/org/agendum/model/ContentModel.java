package org.agendum.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything in {@code content/}, loaded and validated, before any publishing decision.
 * Lists are sorted by their natural key so every later stage sees a deterministic order.
 * This is not safe to render: go through {@link Publication#decide} first.
 */
public record ContentModel(
        SiteInfo site,
        List<Committee> committees,
        List<Meeting> meetings,
        List<Paper> papers,
        List<Attachment> attachments,
        List<Decision> decisions,
        List<Plan> plans,
        List<Page> pages) {

    public ContentModel {
        committees = List.copyOf(committees);
        meetings = List.copyOf(meetings);
        papers = List.copyOf(papers);
        attachments = List.copyOf(attachments);
        decisions = List.copyOf(decisions);
        plans = List.copyOf(plans);
        pages = List.copyOf(pages);
    }

    public Optional<Committee> committee(String slug) {
        return committees.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<Meeting> meeting(String id) {
        return meetings.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Paper> paper(String meetingId, String slug) {
        return papers.stream()
                .filter(p -> p.meetingId().equals(meetingId) && p.slug().equals(slug))
                .findFirst();
    }

    public Optional<Decision> decision(String number) {
        return decisions.stream().filter(d -> d.number().equals(number)).findFirst();
    }

    public Map<String, Meeting> meetingsById() {
        return meetings.stream().collect(Collectors.toMap(Meeting::id, Function.identity()));
    }
}
