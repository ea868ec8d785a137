package org.agendum.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A meeting and its agenda, from {@code meetings/<yyyy>/<id>/meeting.yaml}. */
public record Meeting(
        String id,
        String committee,
        LocalDate date,
        LocalTime time,
        String venue,
        MeetingStatus status,
        LocalDate agendaPublished,
        String urgency,
        List<Contact> contacts,
        Contact issuedBy,
        List<Markdown> notices,
        String webcast,
        List<Member> members,
        List<Item> items,
        String minutesFile,
        SourcePosition source) {

    public Meeting {
        contacts = List.copyOf(contacts);
        notices = List.copyOf(notices);
        members = List.copyOf(members);
        items = List.copyOf(items);
    }

    public String year() {
        return String.valueOf(date.getYear());
    }

    /** The folder under {@code meetings/}, and the URL path, e.g. {@code 2018/2018-03-08-x}. */
    public String path() {
        return year() + "/" + id;
    }
}
