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
        unwrapScrollingTables(doc);
        numberMinuteHeadings(doc);
        dropEmptyHeaderRows(doc);
        headerOnlyTablesAsBody(doc);
        classifyWideTables(doc);
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

    /** The web's sideways-scrolling region round each table means nothing on paper. */
    private static void unwrapScrollingTables(Document doc) {
        for (Element region : doc.select("div.table-scroll")) {
            region.unwrap();
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
     * Markdown tables always have a header row; papers converted from Word often leave it
     * empty. An empty header prints as a grey bar on every page the table runs onto and
     * gives a screen reader nothing to announce, so it goes.
     */
    private static void dropEmptyHeaderRows(Document doc) {
        for (Element thead : doc.select("table > thead")) {
            if (thead.text().isBlank() && thead.select("img").isEmpty()) {
                thead.remove();
            }
        }
    }

    /**
     * A table of column headings with no rows under them (an empty action-plan form in an
     * equality impact assessment) tags as a Table with a THead and no TBody, which PDF/UA
     * forbids (veraPDF 7.2-13, 7.2-14). Its heading row becomes the body, still as headings.
     */
    private static void headerOnlyTablesAsBody(Document doc) {
        for (Element table : doc.select("table")) {
            Element thead = table.selectFirst("> thead");
            if (thead == null || !table.select("> tbody > tr, > tr").isEmpty()) {
                continue;
            }
            Element tbody = table.selectFirst("> tbody");
            if (tbody == null) {
                tbody = new Element("tbody");
                thead.after(tbody);
            }
            for (Element row : thead.select("> tr")) {
                tbody.appendChild(row);
            }
            thead.remove();
        }
    }

    /** Columns from which a table is set small, turned landscape, and allowed to break words. */
    static final int DENSE = 7;
    static final int LANDSCAPE = 9;
    static final int BREAK_WORDS = 16;

    /**
     * Scorecards and monitoring tables run to a dozen or more columns, which on a portrait A4
     * page are cut off at the right margin. Such tables are set in smaller type and, when
     * wider still, on landscape pages of their own (a named page in the stylesheet); the very
     * widest may break inside words rather than lose columns.
     */
    private static void classifyWideTables(Document doc) {
        for (Element table : doc.select("table")) {
            Element row = table.selectFirst("tr");
            if (row == null) {
                continue;
            }
            int columns = 0;
            for (Element cell : row.select("> th, > td")) {
                columns += Math.max(1, parseSpan(cell.attr("colspan")));
            }
            if (columns >= DENSE) {
                table.addClass("dense");
            }
            if (columns >= BREAK_WORDS) {
                table.addClass("break-words");
            }
            if (columns >= LANDSCAPE && !table.parents().hasClass("landscape")) {
                table.wrap("<div class=\"landscape\"></div>");
                // its heading goes with it, or the heading is left alone on a page
                Element wrapper = table.parent();
                Element before = wrapper.previousElementSibling();
                if (before != null && before.tagName().matches("h[1-6]")) {
                    before.remove();
                    wrapper.prependChild(before);
                }
            }
        }
    }

    private static int parseSpan(String s) {
        try {
            return s.isEmpty() ? 1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
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
