package org.agendum.render.feed;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.agendum.model.RenderedFile;
import org.agendum.model.SiteInfo;
import org.agendum.render.Urls;

/** {@code sitemap.xml} (sitemaps.org 0.9) listing every HTML page by its clean permanent URL, and {@code robots.txt}. */
public final class SiteMap {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SiteMap() {}

    /** The sitemap of {@code files}' pages (every {@code …index.html}), in path order. */
    public static RenderedFile render(SiteInfo site, List<RenderedFile> files) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(NS);
            w.writeStartElement(NS, "urlset");
            w.writeDefaultNamespace(NS);
            for (RenderedFile f : files) {
                if (!f.path().equals("index.html") && !f.path().endsWith("/index.html")) {
                    continue;
                }
                String url = f.path().substring(0, f.path().length() - "index.html".length());
                w.writeCharacters("\n  ");
                w.writeStartElement("url");
                w.writeStartElement("loc");
                w.writeCharacters(Urls.absolute(site.baseUrl(), url));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return new RenderedFile(Urls.SITEMAP, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static RenderedFile robots(SiteInfo site) {
        String text = "User-agent: *\nAllow: /\n\nSitemap: " + Urls.absolute(site.baseUrl(), Urls.SITEMAP) + "\n";
        return new RenderedFile(Urls.ROBOTS, text.getBytes(StandardCharsets.UTF_8));
    }
}
