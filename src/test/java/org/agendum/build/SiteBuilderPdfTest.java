package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.model.Diagnostic;
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
