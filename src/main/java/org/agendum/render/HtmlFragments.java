package org.agendum.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A structural edit to the (already safe) HTML the content stage rendered from Markdown,
 * made on a parsed DOM, never by pasting strings: minutes are cut into one part per minute
 * so the template can link each minute to its agenda item. (Tables already come wrapped in
 * their scrolling region from the Markdown renderer.)
 */
public final class HtmlFragments {

    /** One minute of a set of minutes: its heading's id and text, and the HTML after it. */
    public record Section(String anchor, String heading, String html) {}

    /** The body of a set of minutes: what comes before the first minute, then each minute. */
    public record Split(String intro, List<Section> sections) {}

    private HtmlFragments() {}

    /** Cuts {@code html} at the level-2 headings whose ids are {@code anchors}. */
    public static Split splitAt(String html, Set<String> anchors) {
        Element body = parse(html);
        StringBuilder intro = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        String anchor = null;
        String heading = null;
        StringBuilder current = intro;
        for (Node n : new ArrayList<>(body.childNodes())) {
            if (n instanceof Element e && e.nameIs("h2") && anchors.contains(e.id())) {
                if (anchor != null) {
                    sections.add(new Section(anchor, heading, current.toString().strip()));
                }
                anchor = e.id();
                heading = e.text();
                current = new StringBuilder();
                continue;
            }
            current.append(n.outerHtml());
        }
        if (anchor != null) {
            sections.add(new Section(anchor, heading, current.toString().strip()));
        }
        return new Split(intro.toString().strip(), sections);
    }

    private static Element parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        return doc.body();
    }
}
