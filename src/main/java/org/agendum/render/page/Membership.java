package org.agendum.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.Member;

/**
 * A membership list grouped as councils print it: voting members by party group, in the
 * order the groups first appear, then the non-voting (co-opted) members.
 *
 * @param heading "Conservative", "Non-voting members", or null for members without a group
 */
public record Membership(String heading, List<Person> members) {

    /** A member as listed: name, and a detail such as "Chairman" or "Church Representatives". */
    public record Person(String name, String detail) {}

    public Membership {
        members = List.copyOf(members);
    }

    private static Person person(Member m) {
        List<String> parts = new ArrayList<>();
        if (m.role() != null) {
            parts.add(m.role());
        }
        if (!m.voting() && m.group() != null) {
            parts.add(m.group()); // the non-voting list is not grouped, so say which group
        }
        return new Person(m.name(), parts.isEmpty() ? null : String.join(", ", parts));
    }

    public static List<Membership> of(List<Member> members) {
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        List<Member> nonVoting = new ArrayList<>();
        for (Member m : members) {
            if (!m.voting()) {
                nonVoting.add(m);
            } else {
                groups.computeIfAbsent(m.group() == null ? "" : m.group(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Membership> out = new ArrayList<>();
        groups.forEach((group, list) -> out.add(new Membership(group.isEmpty() ? null : group,
                list.stream().map(Membership::person).toList())));
        if (!nonVoting.isEmpty()) {
            out.add(new Membership("Non-voting members", nonVoting.stream().map(Membership::person).toList()));
        }
        return out;
    }

    /** Voting members: what {@code size} counts. */
    public static long voting(List<Member> members) {
        return members.stream().filter(Member::voting).count();
    }
}
