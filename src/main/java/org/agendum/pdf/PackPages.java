package org.agendum.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * What the pack adds to pages itself: blank "intentionally left blank" pages and the pack
 * page number stamped at the foot of every page. Both are pagination artifacts, marked as
 * such, so they stay out of the structure tree and screen readers skip them.
 */
final class PackPages {

    static final String BLANK_TEXT = "This page is intentionally left blank";
    private static final float STAMP_SIZE = 9f;
    private static final float STAMP_FROM_BOTTOM = 24f; // points, about 8.5 mm

    private final PDDocument doc;
    private final PDType0Font regular;
    private final PDType0Font bold;

    PackPages(PDDocument doc, PrintFonts fonts) throws IOException {
        this.doc = doc;
        this.regular = PDType0Font.load(doc, new ByteArrayInputStream(fonts.regular()), true);
        this.bold = PDType0Font.load(doc, new ByteArrayInputStream(fonts.bold()), true);
    }

    /** Appends an A4 page reading "This page is intentionally left blank". */
    void addBlank() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            beginArtifact(cs);
            float size = 11f;
            float width = regular.getStringWidth(BLANK_TEXT) / 1000f * size;
            PDRectangle box = page.getMediaBox();
            cs.beginText();
            cs.setFont(regular, size);
            cs.newLineAtOffset((box.getWidth() - width) / 2f, box.getHeight() / 2f);
            cs.showText(BLANK_TEXT);
            cs.endText();
            cs.endMarkedContent();
        }
    }

    /** Stamps "Page N" centred at the foot of page {@code index} (0-based), whatever its rotation. */
    void stamp(int index) throws IOException {
        PDPage page = doc.getPage(index);
        String text = "Page " + (index + 1);
        PDRectangle crop = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        boolean sideways = rotation == 90 || rotation == 270;
        float viewWidth = sideways ? crop.getHeight() : crop.getWidth();
        float textWidth = bold.getStringWidth(text) / 1000f * STAMP_SIZE;
        float x = (viewWidth - textWidth) / 2f;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            beginArtifact(cs);
            cs.beginText();
            cs.setFont(bold, STAMP_SIZE);
            cs.setTextMatrix(placement(rotation, crop, x, STAMP_FROM_BOTTOM));
            cs.showText(text);
            cs.endText();
            cs.endMarkedContent();
        }
    }

    /** Maps a point in the page as viewed (after /Rotate) to user space, with upright text. */
    private static Matrix placement(int rotation, PDRectangle crop, float x, float y) {
        float llx = crop.getLowerLeftX();
        float lly = crop.getLowerLeftY();
        return switch (rotation) {
            case 90 -> new Matrix(0, 1, -1, 0, llx + crop.getWidth() - y, lly + x);
            case 180 -> new Matrix(-1, 0, 0, -1, llx + crop.getWidth() - x, lly + crop.getHeight() - y);
            case 270 -> new Matrix(0, -1, 1, 0, llx + y, lly + crop.getHeight() - x);
            default -> Matrix.getTranslateInstance(llx + x, lly + y);
        };
    }

    private static void beginArtifact(PDPageContentStream cs) throws IOException {
        COSDictionary props = new COSDictionary();
        props.setName(COSName.TYPE, "Pagination");
        cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(props));
    }
}
