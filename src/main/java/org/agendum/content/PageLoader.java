package org.agendum.content;

import java.util.Set;
import org.agendum.model.Page;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code pages/<slug>.md}. */
final class PageLoader {

    static final Set<String> KEYS = Set.of("title", "summary", "draft");

    private PageLoader() {}

    static Page load(FileContext ctx, Node root, FrontMatter fm, String slug) {
        YamlMap m = YamlMap.of(ctx, root, KEYS, "a page's front matter");
        if (m == null) {
            return null;
        }
        String title = m.text("title", true);
        var summary = m.markdown("summary");
        Boolean draft = m.bool("draft", false);
        var body = PaperLoader.body(ctx, fm, false).markdown();
        m.finish();
        return title == null ? null : new Page(slug, title, summary, draft != null && draft, body, ctx.file().at(1, 1));
    }
}
