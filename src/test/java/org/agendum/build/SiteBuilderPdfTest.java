package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.model.Diagnostic;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.agendum.pdf.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF stage inside the pipeline: its problems fail the build with everyone else's; --no-pdf skips it. */
class SiteBuilderPdfTest {

    @TempDir
    Path dir;

    private BuildRequest request(PdfFixture fixture, boolean pdf) {
        return new BuildRequest(fixture.content, "content", PdfFixture.THEME, dir.resolve("site"), PdfFixture.NOW, pdf);
    }

    @Test
    void corruptSuppliedPdfIsAContentErrorAndNothingIsPublished() throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        fixture.writeSupplied("06-site-plan.pdf", "%PDF-1.7\nnot a pdf at all".getBytes());
        BuildResult result = new SiteBuilder().build(request(fixture, true));
        assertThat(result.published()).isFalse();
        assertThat(result.load().diagnostics()).extracting(Diagnostic::format).containsExactly(
                "content/meetings/2018/2018-03-08-test-committee/06-site-plan.pdf:1:1: error: supplied PDF "
                        + "`06-site-plan.pdf` is not a readable PDF (Missing root object specification in trailer.); "
                        + "export it again from the original document");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void meetingPageShowsThePackRangesAndEachRangeStartsWithItsPaper() throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        BuildResult result = new SiteBuilder().build(request(fixture, true));
        assertThat(result.published()).isTrue();
        Path site = dir.resolve("site");
        String html = Files.readString(site.resolve("meetings/2018/2018-03-08-test-committee/index.html"));
        byte[] pack = Files.readAllBytes(site.resolve(PdfFixture.PACK));
        String[] pages = PdfFixture.pageTexts(pack);
        // the pack's own outline says where each item starts and which range it printed
        Map<String, String> expectFirstPaper = Map.of(
                "2", "Minutes of the Test Cabinet Committee held on 18 January 2018",
                "3", "Revision of the test rates for 2018-19",
                "6", "SUPPLIEDMARKER page 1");
        int checked = 0;
        try (PDDocument doc = Loader.loadPDF(pack)) {
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                Matcher m = Pattern.compile("^(\\w+)\\. .*\\((Pages? (\\d+)(?: - \\d+)?)\\)$").matcher(item.getTitle());
                if (!m.matches()) {
                    continue;
                }
                int first = doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
                assertThat(Integer.parseInt(m.group(3))).isEqualTo(first);
                assertThat(pages[first].replaceAll("\\s+", " ")).contains(expectFirstPaper.get(m.group(1)));
                assertThat(html).contains("(" + m.group(2) + ")");
                assertThat(pages[1] + pages[2] + pages[3]).contains("(" + m.group(2) + ")");
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3);
    }

    @Test
    void noPdfSkipsTheStage() throws Exception {
        PdfFixture fixture = PdfFixture.copy(dir);
        BuildResult result = new SiteBuilder().build(request(fixture, false));
        assertThat(result.published()).isTrue();
        try (var files = Files.walk(dir.resolve("site"))) {
            // the supplied PDF is still published as supplied; nothing is rendered
            assertThat(files.filter(p -> p.toString().endsWith(".pdf")).map(p -> p.getFileName().toString()))
                    .containsExactly("06-site-plan.pdf");
        }
        assertThat(result.stages()).extracting(BuildResult.StageTime::stage).doesNotContain("pdf");
    }
}
