package org.agendum.render.feed;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.agendum.model.Decision;
import org.agendum.model.Excerpt;
import org.agendum.model.Paper;
import org.agendum.model.PublicMeeting;
import org.agendum.model.RenderedFile;
import org.agendum.model.SiteInfo;
import org.agendum.render.Format;
import org.agendum.render.SiteIndex;
import org.agendum.render.Urls;

/**
 * {@code feed.xml}: an Atom (RFC 4287) feed of the newest published papers and decisions.
 * Written with the JDK's StAX writer, which does the XML escaping; entry ids are the
 * permanent URLs, so a reader never sees an entry twice.
 */
public final class AtomFeed {

    static final int ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /**
     * @param text the plain text the summary is cut from, for the entries shown only (cutting
     *             it from every paper's body was most of the feed's time)
     */
    private record Entry(String url, String title, Instant updated, String text, String category) {}

    private AtomFeed() {}

    public static List<RenderedFile> render(SiteIndex index) {
        SiteInfo site = index.site().site();
        List<Entry> entries = new ArrayList<>();
        for (Paper p : index.site().papers()) {
            PublicMeeting pm = index.site().meetingOf(p);
            String context = pm.committee().displayName() + ", " + Format.date(pm.meeting().date());
            String text = !p.summary().isEmpty() ? p.summary().text() : p.body().text();
            entries.add(new Entry(Urls.paper(p), p.title() + " (" + context + ")", index.publishedAt(p),
                    text, p.minutes() != null ? "Minutes" : "Paper"));
        }
        for (Decision d : index.site().decisions()) {
            Instant at = index.publishedAt(d);
            if (at != null) {
                entries.add(new Entry(Urls.decision(d), "Decision " + d.number() + ": " + d.title(), at,
                        d.decisionMaker() + ". " + d.body().text(), "Decision"));
            }
        }
        entries.removeIf(e -> e.updated().isAfter(index.now()));
        entries.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::url));
        List<Entry> shown = entries.subList(0, Math.min(ENTRIES, entries.size()));
        Instant updated = shown.isEmpty() ? index.now() : shown.get(0).updated();
        try {
            return List.of(new RenderedFile(Urls.FEED, write(site, shown, updated)));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
    }

    private static byte[] write(SiteInfo site, List<Entry> entries, Instant updated) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        nl(w, 0);
        w.setDefaultNamespace(ATOM);
        w.writeStartElement(ATOM, "feed");
        w.writeDefaultNamespace(ATOM);
        w.writeAttribute("xml:lang", site.language());
        text(w, 1, "title", site.title());
        text(w, 1, "subtitle", "New papers and decisions from " + site.publisher());
        link(w, 1, "self", Urls.absolute(site.baseUrl(), Urls.FEED), "application/atom+xml");
        link(w, 1, "alternate", site.baseUrl(), "text/html");
        text(w, 1, "id", site.baseUrl());
        text(w, 1, "updated", updated.toString());
        nl(w, 1);
        w.writeStartElement("author");
        text(w, 2, "name", site.publisher());
        nl(w, 1);
        w.writeEndElement();
        if (site.licence() != null) {
            text(w, 1, "rights", site.licence().text());
        }
        for (Entry e : entries) {
            String url = Urls.absolute(site.baseUrl(), e.url());
            nl(w, 1);
            w.writeStartElement("entry");
            text(w, 2, "title", e.title());
            link(w, 2, "alternate", url, "text/html");
            text(w, 2, "id", url);
            text(w, 2, "updated", e.updated().toString());
            nl(w, 2);
            w.writeEmptyElement("category");
            w.writeAttribute("term", e.category());
            String summary = excerpt(e.text());
            if (!summary.isEmpty()) {
                text(w, 2, "summary", summary);
            }
            nl(w, 1);
            w.writeEndElement();
        }
        nl(w, 0);
        w.writeEndElement();
        nl(w, 0);
        w.writeEndDocument();
        w.close();
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void text(XMLStreamWriter w, int depth, String name, String value) throws XMLStreamException {
        nl(w, depth);
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, int depth, String rel, String href, String type) throws XMLStreamException {
        nl(w, depth);
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }

    private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The first 300 characters of plain text, cut at a word. */
    static String excerpt(String text) {
        // 301 code points are at least 301 characters: enough to tell whether the whole
        // collapsed text fits in 300, and to cut it at the same place if not
        String t = Excerpt.of(text, 301);
        if (t.length() <= 300) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 297);
        return t.substring(0, cut > 200 ? cut : 297) + "…";
    }
}
