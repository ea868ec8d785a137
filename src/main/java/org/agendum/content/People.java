package org.agendum.content;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.agendum.model.Attendee;
import org.agendum.model.Contact;
import org.agendum.model.Member;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Readers for the people records the model shares: contacts, members and attendees. */
final class People {

    static final Set<String> CONTACT_KEYS = Set.of("name", "title", "phone", "email", "address");
    static final Set<String> MEMBER_KEYS = Set.of("name", "role", "group", "voting");
    static final Set<String> ATTENDEE_KEYS = Set.of("name", "role", "title", "substitute_for");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private People() {}

    static Contact contact(FileContext ctx, Node n) {
        YamlMap m = YamlMap.of(ctx, n, CONTACT_KEYS, "a contact");
        if (m == null) {
            return null;
        }
        Contact c = new Contact(m.text("name", false), m.text("title", false), m.text("phone", false),
                m.text("email", false), m.text("address", false));
        m.finish();
        if (c.name() == null && c.title() == null && c.phone() == null && c.email() == null && c.address() == null) {
            ctx.error(m.position(), "a contact needs at least one of name, title, phone, email, address");
            return null;
        }
        if (c.email() != null && !EMAIL.matcher(c.email()).matches()) {
            ctx.error(m.valuePos("email"), "`email` is not an email address: " + c.email());
        }
        return c;
    }

    /** "contact or list of contacts". */
    static List<Contact> contacts(FileContext ctx, YamlMap owner, String key) {
        Node n = owner.raw(key);
        if (n == null) {
            return List.of();
        }
        if (n instanceof SequenceNode) {
            return owner.mapList(key, node -> contact(ctx, node));
        }
        Contact c = contact(ctx, n);
        return c == null ? List.of() : List.of(c);
    }

    static Member member(FileContext ctx, Node n) {
        YamlMap m = YamlMap.of(ctx, n, MEMBER_KEYS, "a member");
        if (m == null) {
            return null;
        }
        String name = m.text("name", true);
        Boolean voting = m.bool("voting", false);
        Member member = new Member(name, m.text("role", false), m.text("group", false),
                voting == null || voting);
        m.finish();
        return name == null ? null : member;
    }

    static Attendee attendee(FileContext ctx, Node n) {
        YamlMap m = YamlMap.of(ctx, n, ATTENDEE_KEYS, "an attendee");
        if (m == null) {
            return null;
        }
        String name = m.text("name", true);
        Attendee a = new Attendee(name, m.text("role", false), m.text("title", false),
                m.text("substitute_for", false));
        m.finish();
        return name == null ? null : a;
    }
}
