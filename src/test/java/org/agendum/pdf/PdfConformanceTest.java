package org.agendum.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every PDF we render ourselves passes veraPDF's PDF/UA-1 and PDF/A-2a profiles: each paper,
 * and a pack made only of our own documents (front sheet, minutes, report, record of
 * decision, appendix with a multi-page table, blank pages, stamps, outline).
 */
class PdfConformanceTest {

    @TempDir
    static Path dir;

    static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        // without the supplied PDF the pack is all ours, so it may claim conformance
        fixture.editAgenda("      - file: 06-site-plan.pdf\n        title: Site plan (supplied)\n", "");
        PdfOutput out = fixture.render();
        assertThat(out.diagnostics()).isEmpty();
        files = PdfFixture.byPath(out.files());
    }

    @Test
    void paperPdfsPassPdfUa1() {
        files.forEach((path, bytes) -> assertThat(VeraPdf.uaFailures(bytes)).as(path).isEmpty());
    }

    @Test
    void paperPdfsPassPdfA2a() {
        files.forEach((path, bytes) -> assertThat(VeraPdf.pdfaFailures(bytes)).as(path).isEmpty());
    }

    @Test
    void ourOwnPackClaimsConformance() throws Exception {
        byte[] pack = files.get(PdfFixture.PACK);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pack)) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfuaid").contains("pdfaid");
        }
    }
}
