package org.agendum.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.agendum.build.BuildFailure;
import org.agendum.build.BuildRequest;
import org.agendum.build.BuildResult;
import org.agendum.build.SiteBuilder;
import org.agendum.testing.Fixtures;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The search fixture: the minimal site plus a second committee whose meeting has a public
 * report with a supplied PDF (a word found nowhere else), and papers, a PDF and decisions
 * that are draft, embargoed or exempt, each carrying a canary word that must never be
 * found. Built once per test JVM, with a fixed clock.
 */
public final class SearchFixture {

    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    /** Only in the supplied PDF attachment. */
    public static final String PDF_ONLY_WORD = "xylophonist";
    public static final String[] CANARIES = {"canarydraft", "canaryembargo", "canaryexempt", "canaryitem",
        "canarypdf", "canarydecision", "canaryexemptdecision"};

    private static Path built;

    private SearchFixture() {}

    /** The built site (output folder). */
    public static synchronized Path site() {
        if (built == null) {
            try {
                Path dir = Files.createTempDirectory("agendum-search-fixture-");
                Path content = Fixtures.minimalWith(null, dir);
                Fixtures.copyTree(Fixtures.RESOURCES.resolve("sites/search"), dir);
                Path meeting = content.resolve("meetings/2019/2019-05-10-other-committee");
                pdf(meeting.resolve("01-appendix-survey.pdf"),
                        "Traffic survey results. The " + PDF_ONLY_WORD + " crossed at the junction.");
                pdf(meeting.resolve("05-depot-valuation.pdf"), "Valuation canarypdf confidential.");
                Path out = dir.resolve("site");
                BuildResult r = new SiteBuilder().build(new BuildRequest(content, "content", Path.of("templates"),
                        out, NOW, false));
                if (!r.published()) {
                    throw new AssertionError("search fixture did not build: " + r.load().diagnostics());
                }
                built = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BuildFailure e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return built;
    }

    /** A one-page PDF with {@code text}, made with PDFBox. */
    public static void pdf(Path file, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }
}
