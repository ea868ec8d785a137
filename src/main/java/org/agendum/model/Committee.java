package org.agendum.model;

import java.util.List;

/** A committee, from {@code committees/<slug>.yaml}. */
public record Committee(
        String slug,
        String name,
        String shortName,
        CommitteeKind kind,
        Markdown description,
        List<Contact> contacts,
        List<Member> members,
        Integer size,
        SourcePosition source) {

    public Committee {
        contacts = List.copyOf(contacts);
        members = List.copyOf(members);
    }

    public String displayName() {
        return shortName != null ? shortName : name;
    }
}
