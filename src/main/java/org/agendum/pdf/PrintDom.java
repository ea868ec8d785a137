package org.agendum.pdf;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The print template's HTML → a well-formed W3C document for openhtmltopdf. Going through
 * jsoup copes with everything the XML parser would choke on (stack-notes trap 3), and lets
 * us fix up the few things a paged, tagged PDF needs that the web page does not.
 */
final class PrintDom {

    private PrintDom() {}

    static org.w3c.dom.Document prepare(String html) {
        Document doc = Jsoup.parse(html);
        moveBookmarksToHead(doc);
        numberMinuteHeadings(doc);
        evenOutHeadingLevels(doc);
        return W3CDom.convert(doc);
    }

    /** jsoup's HTML parser moves unknown head elements into the body; openhtmltopdf reads them from the head. */
    private static void moveBookmarksToHead(Document doc) {
        for (Element b : doc.select("body bookmarks")) {
            b.remove();
            doc.head().appendChild(b);
        }
    }

    /**
     * Minute headings carry their number and agenda item as attributes; the printed minutes
     * show them as councils do: "66. Apologies and Substitutes" then "(Item 2)".
     */
    private static void numberMinuteHeadings(Document doc) {
        for (Element h : doc.select("h2[minute]")) {
            h.prependText(h.attr("minute") + ". ");
            if (h.hasAttr("item")) {
                Element item = new Element("p").addClass("minute-item").text("(Item " + h.attr("item") + ")");
                h.after(item);
            }
            h.removeAttr("minute").removeAttr("item");
        }
    }

    /**
     * PDF/UA wants heading levels that do not skip (H1 then H3 reads as a missing section to
     * a screen reader). Papers often jump levels for looks, so each heading is lowered to at
     * most one below the previous; its original level stays as a class for the stylesheet.
     */
    private static void evenOutHeadingLevels(Document doc) {
        int previous = 0;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            int allowed = Math.min(level, previous + 1);
            if (allowed != level) {
                h.addClass("h" + level);
                h.tagName("h" + allowed);
            }
            previous = allowed;
        }
    }
}
