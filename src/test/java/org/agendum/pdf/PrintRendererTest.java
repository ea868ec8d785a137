package org.agendum.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PrintRendererTest {

    static final Path PRINT = Path.of("templates/print");

    static PrintRenderer renderer() throws Exception {
        return new PrintRenderer(PrintFonts.load(PRINT.resolve("fonts")), PRINT);
    }

    static final DocumentInfo INFO = new DocumentInfo("A test paper", "Kent County Council",
            "A small paper for the tests", List.of("test", "paper"), "en-GB",
            Instant.parse("2018-02-28T00:00:00Z"), true);

    static final String HTML = """
            <!DOCTYPE html><html lang="en-GB"><head><title>A test paper</title>
            <style>@page { size: A4; margin: 20mm; } body { font-family: 'DejaVu Sans'; }
            table { -fs-table-paginate: paginate; border-collapse: collapse; }</style></head>
            <body><h1>A test paper</h1><h3>Skipped a level</h3><p>Rates & charges<br>for 2018&nbsp;19.</p>
            <ul><li>One</li><li>Two</li></ul>
            <table><thead><tr><th>Placement</th><th>Rate</th></tr></thead>
            <tbody><tr><td>Under 2</td><td>£150.77</td></tr></tbody></table>
            <p><a href="https://www.kent.gov.uk/">Kent</a></p></body></html>
            """;

    @Test
    void rendersTaggedConformingPdfWithItsText() throws Exception {
        byte[] pdf = renderer().render(HTML, INFO);
        Files.write(Path.of("target/test-paper.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Rates & charges").contains("£150.77");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("A test paper");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
        assertThat(VeraPdf.uaFailures(pdf)).isEmpty();
        assertThat(VeraPdf.pdfaFailures(pdf)).isEmpty();
    }

    /** An empty form: column headings and no rows (seen in an equality impact assessment). */
    @Test
    void aTableWithHeadingsAndNoRowsStillConforms() throws Exception {
        String html = HTML.replace("<tbody><tr><td>Under 2</td><td>£150.77</td></tr></tbody>", "<tbody></tbody>");
        assertThat(html).contains("<tbody></tbody>");
        byte[] pdf = renderer().render(html, INFO);
        assertThat(VeraPdf.uaFailures(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Placement").contains("Rate");
        }
        byte[] noBody = renderer().render(HTML.replace("<tbody><tr><td>Under 2</td><td>£150.77</td></tr></tbody>", ""), INFO);
        assertThat(VeraPdf.uaFailures(noBody)).isEmpty();
    }

    @Test
    void validatorIsNotVacuous() throws Exception {
        // an untagged PDF with an unembedded font, as a clerk might supply, must fail both profiles
        byte[] plain = PdfFixture.suppliedPdf(1, "X");
        assertThat(VeraPdf.uaFailures(plain)).isNotEmpty();
        assertThat(VeraPdf.pdfaFailures(plain)).isNotEmpty();
    }

    /** Markdown tables come wrapped in the web's scrolling region; on paper it must change nothing. */
    @Test
    void theWebsScrollingRegionRoundATablePrintsAsIfAbsent() throws Exception {
        String wrapped = HTML.replace("<table>", "<div class=\"table-scroll\" role=\"region\" aria-label=\"Scrollable table\""
                + " tabindex=\"0\">\n<table>").replace("</table>", "</table>\n</div>");
        assertThat(wrapped).contains("table-scroll");
        PrintRenderer r = renderer();
        String a = withoutFileId(r.render(wrapped, INFO));
        String b = withoutFileId(r.render(HTML.replace("<table>", "\n<table>").replace("</table>", "</table>\n"), INFO));
        assertThat(a.equals(b)).as("the two PDFs differ in more than their file ids").isTrue();
    }

    /** The PDF with its file identifier (a digest of the input HTML) blanked out. */
    private static String withoutFileId(byte[] pdf) {
        return new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("/ID \\[<[0-9A-F]+> <[0-9A-F]+>]", "/ID []");
    }

    @Test
    void sameInputGivesIdenticalBytes() throws Exception {
        PrintRenderer r = renderer();
        assertThat(r.render(HTML, INFO)).isEqualTo(r.render(HTML, INFO));
    }
}
