package org.agendum.content;

import java.util.List;
import java.util.Set;
import org.agendum.model.Committee;
import org.agendum.model.CommitteeKind;
import org.agendum.model.Contact;
import org.agendum.model.Markdown;
import org.agendum.model.Member;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code committees/<slug>.yaml}. */
final class CommitteeLoader {

    static final Set<String> KEYS = Set.of("name", "short_name", "kind", "description", "contact",
            "members", "size");

    private CommitteeLoader() {}

    static Committee load(FileContext ctx, Node root, String slug) {
        YamlMap m = YamlMap.of(ctx, root, KEYS, "a committee");
        if (m == null) {
            return null;
        }
        String name = m.text("name", true);
        String shortName = m.text("short_name", false);
        CommitteeKind kind = m.choice("kind", CommitteeKind.class, null, true);
        Markdown description = m.markdown("description");
        List<Contact> contacts = People.contacts(ctx, m, "contact");
        List<Member> members = m.mapList("members", n -> People.member(ctx, n));
        Integer size = m.integer("size");
        if (size != null) {
            long voting = members.stream().filter(Member::voting).count();
            if (size != voting) {
                ctx.error(m.valuePos("size"), "`size` is " + size + " but the members list has " + voting
                        + " voting member" + (voting == 1 ? "" : "s") + "; correct one of them");
            }
        }
        m.finish();
        if (name == null || kind == null) {
            return null;
        }
        return new Committee(slug, name, shortName, kind, description, contacts, members, size, m.position());
    }
}
