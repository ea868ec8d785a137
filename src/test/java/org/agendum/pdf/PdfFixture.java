package org.agendum.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agendum.content.ContentLoader;
import org.agendum.content.LoadResult;
import org.agendum.model.Publication;
import org.agendum.model.PublishedSite;
import org.agendum.model.RenderedFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The small fixture site in {@code src/test/resources/sites/pdf-pack}, copied to a temporary
 * folder so a test can add supplied PDFs (made here with PDFBox) or edit the agenda.
 */
public final class PdfFixture {

    static final Path SOURCE = Path.of("src/test/resources/sites/pdf-pack/content");
    public static final Path THEME = Path.of("templates");
    public static final Instant NOW = Instant.parse("2018-03-08T09:00:00Z");
    static final String MEETING = "2018-03-08-test-committee";
    public static final String PACK = "meetings/2018/" + MEETING + "/agenda-pack.pdf";

    public final Path content;

    private PdfFixture(Path content) {
        this.content = content;
    }

    /** A copy of the fixture in {@code dir}, with a good two-page supplied PDF. */
    public static PdfFixture copy(Path dir) throws IOException {
        Path content = dir.resolve("content");
        org.agendum.testing.Fixtures.copyTree(SOURCE, content);
        PdfFixture fixture = new PdfFixture(content);
        fixture.writeSupplied("06-site-plan.pdf", suppliedPdf(2, "SUPPLIEDMARKER"));
        return fixture;
    }

    Path meetingDir() {
        return content.resolve("meetings/2018/" + MEETING);
    }

    public void writeSupplied(String name, byte[] bytes) throws IOException {
        Files.write(meetingDir().resolve(name), bytes);
    }

    /** Edits meeting.yaml of the pack's meeting. */
    void editAgenda(String from, String to) throws IOException {
        Path yaml = meetingDir().resolve("meeting.yaml");
        String s = Files.readString(yaml);
        if (!s.contains(from)) {
            throw new IllegalArgumentException("not in meeting.yaml: " + from);
        }
        Files.writeString(yaml, s.replace(from, to));
    }

    PublishedSite publish() {
        LoadResult load = new ContentLoader().load(content, "content");
        if (load.hasErrors()) {
            throw new AssertionError("fixture does not load: " + load.diagnostics());
        }
        return Publication.decide(load.model(), NOW);
    }

    PdfOutput render() throws Exception {
        return new PdfStage(THEME).run(publish(), content);
    }

    /** A plain PDF such as a clerk might supply: {@code pages} pages, each saying which it is. */
    static byte[] suppliedPdf(int pages, String marker) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 14);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(marker + " page " + i);
                    cs.endText();
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static Map<String, byte[]> byPath(List<RenderedFile> files) {
        Map<String, byte[]> m = new HashMap<>();
        files.forEach(f -> m.put(f.path(), f.bytes()));
        return m;
    }

    /** The text of each page, 1-based (index 0 unused). */
    public static String[] pageTexts(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String[] out = new String[doc.getNumberOfPages() + 1];
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out[p] = stripper.getText(doc);
            }
            out[0] = "";
            return out;
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
