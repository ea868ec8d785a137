package org.agendum.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.agendum.model.Digests;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes a PDF's identity deterministically: the information dictionary, the XMP packet
 * (with PDF/A-2a and PDF/UA-1 identification when the file conforms), language, "display
 * the title" and a document ID derived from the content rather than the clock. openhtmltopdf
 * stamps the wall-clock time and PDFBox a random ID; both are replaced here.
 */
final class PdfMetadata {

    static final String PRODUCER = "Agendum";

    private PdfMetadata() {}

    /** Applies {@code info} to {@code doc}; {@code idSeed} identifies the content (a hash input). */
    static void apply(PDDocument doc, DocumentInfo info, byte[] idSeed) throws IOException {
        Calendar date = utc(info);
        PDDocumentInformation di = new PDDocumentInformation();
        di.setTitle(info.title());
        di.setAuthor(info.author());
        di.setSubject(info.subject());
        di.setKeywords(info.keywordText());
        di.setCreator(PRODUCER);
        di.setProducer(PRODUCER);
        di.setCreationDate(date);
        di.setModificationDate(date);
        doc.setDocumentInformation(di);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(info.language());
        PDViewerPreferences prefs = catalog.getViewerPreferences();
        if (prefs == null) {
            prefs = new PDViewerPreferences(new COSDictionary());
            catalog.setViewerPreferences(prefs);
        }
        prefs.setDisplayDocTitle(true);

        PDMetadata stream = new PDMetadata(doc);
        stream.importXMPMetadata(xmp(info, date));
        catalog.setMetadata(stream);

        byte[] id = digest(idSeed);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static Calendar utc(DocumentInfo info) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        // whole seconds: the information dictionary cannot hold milliseconds, and XMP must match it
        c.setTimeInMillis(info.date().getEpochSecond() * 1000);
        return c;
    }

    private static byte[] xmp(DocumentInfo info, Calendar date) throws IOException {
        XMPMetadata meta = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dc = meta.createAndAddDublinCoreSchema();
            dc.setFormat("application/pdf");
            dc.setTitle(info.title());
            dc.addCreator(info.author());
            dc.setDescription(info.subject());
            dc.addLanguage(info.language());

            AdobePDFSchema pdf = meta.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            pdf.setKeywords(info.keywordText());

            XMPBasicSchema basic = meta.createAndAddXMPBasicSchema();
            basic.setCreatorTool(PRODUCER);
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setMetadataDate(date);

            if (info.conforming()) {
                PDFAIdentificationSchema pdfa = meta.createAndAddPDFAIdentificationSchema();
                pdfa.setPart(2);
                pdfa.setConformance("A");
                addPdfUaIdentification(meta);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(meta, out, true);
            return out.toByteArray();
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("cannot write XMP metadata: " + e.getMessage(), e);
        }
    }

    /**
     * pdfuaid is not one of PDF/A-2's predefined schemas, so PDF/A requires the packet to
     * describe it in a pdfaExtension block before using it.
     */
    private static void addPdfUaIdentification(XMPMetadata meta) {
        PDFAExtensionSchema ext = meta.createAndAddPDFAExtensionSchemaWithDefaultNS();
        ext.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
        ext.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");

        XMPSchema property = new XMPSchema(meta, "pdfaProperty", "pdfaProperty", "pdfaProperty");
        property.setTextPropertyValue("name", "part");
        property.setTextPropertyValue("valueType", "Integer");
        property.setTextPropertyValue("category", "internal");
        property.setTextPropertyValue("description", "Part of ISO 14289 (PDF/UA) the file conforms to");

        XMPSchema schema = new XMPSchema(meta, "pdfaSchema", "pdfaSchema", "pdfaSchema");
        schema.setTextPropertyValue("schema", "PDF/UA Universal Accessibility Schema");
        schema.setTextPropertyValue("namespaceURI", "http://www.aiim.org/pdfua/ns/id/");
        schema.setTextPropertyValue("prefix", "pdfuaid");
        schema.addUnqualifiedSequenceValue("property", property);
        ext.addBagValue("schemas", schema);

        XMPSchema ua = new XMPSchema(meta, "http://www.aiim.org/pdfua/ns/id/", "pdfuaid");
        ua.setIntegerPropertyValueAsSimple("part", 1);
        meta.addSchema(ua);
    }

    /** A 16-byte ID: MD5 of the content's seed, as PDF's own spec suggests for /ID. */
    static byte[] digest(byte[] seed) {
        return Digests.md5().digest(seed);
    }

    /** Joins strings into a seed for {@link #digest}. */
    static byte[] seed(List<String> parts) {
        return String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8);
    }
}
