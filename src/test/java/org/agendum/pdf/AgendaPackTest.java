package org.agendum.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendum.model.PackLayout;
import org.agendum.model.PageRange;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture meeting's pack, opened and read back: the front sheet's ranges must be the truth. */
class AgendaPackTest {

    @TempDir
    static Path dir;

    static PdfFixture fixture;
    static PdfOutput out;
    static Map<String, byte[]> files;
    static byte[] pack;
    static String[] pages;

    @BeforeAll
    static void build() throws Exception {
        fixture = PdfFixture.copy(dir);
        out = fixture.render();
        files = PdfFixture.byPath(out.files());
        pack = files.get(PdfFixture.PACK);
        pages = PdfFixture.pageTexts(pack);
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void makesEveryPublicPaperPdfAndThePackWithoutProblems() {
        assertThat(out.diagnostics()).isEmpty();
        assertThat(files.keySet()).containsExactlyInAnyOrder(
                "meetings/2018/2018-01-18-test-committee/minutes.pdf",
                "meetings/2018/2018-03-08-test-committee/03-rates.pdf",
                "meetings/2018/2018-03-08-test-committee/03-appendix-rates-table.pdf",
                // an agenda without papers still gets a pack: its printable front sheet
                "meetings/2018/2018-01-18-test-committee/agenda-pack.pdf",
                PdfFixture.PACK);
    }

    @Test
    void eachItemsFirstPageHoldsThatItemsFirstPaper() {
        PackLayout layout = out.packs().of(PdfFixture.MEETING).orElseThrow();
        assertThat(layout.items().keySet()).containsExactlyInAnyOrder("2", "3", "6");
        assertThat(flat(pages[layout.items().get("2").first()]))
                .contains("Minutes of the Test Cabinet Committee held on 18 January 2018");
        assertThat(flat(pages[layout.items().get("3").first()])).contains("Revision of the test rates for 2018-19");
        assertThat(flat(pages[layout.items().get("6").first()])).contains("SUPPLIEDMARKER page 1");
        PageRange supplied = layout.items().get("6");
        assertThat(flat(pages[supplied.last()])).contains("SUPPLIEDMARKER page 2");
        assertThat(supplied.last()).isEqualTo(layout.pageCount());
        assertThat(layout.pageCount()).isEqualTo(pages.length - 1);
        assertThat(layout.bytes()).isEqualTo(pack.length);
    }

    @Test
    void frontSheetPrintsExactlyThoseRanges() {
        PackLayout layout = out.packs().of(PdfFixture.MEETING).orElseThrow();
        int firstPaper = layout.items().values().stream().mapToInt(PageRange::first).min().orElseThrow();
        StringBuilder front = new StringBuilder();
        for (int p = 1; p < firstPaper; p++) {
            front.append(pages[p]);
        }
        String text = flat(front.toString());
        for (Map.Entry<String, PageRange> e : layout.items().entrySet()) {
            assertThat(text).contains("(" + e.getValue().label() + ")");
        }
        assertThat(text).contains("Apologies and Substitutes").contains("A restricted matter")
                .contains("Exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972")
                .contains("Independent (2): Mr A Chair (Chairman) and Mrs B Member");
    }

    @Test
    void everyDocumentStartsOnAnOddPageAfterABlankPage() throws Exception {
        List<Integer> starts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pack)) {
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                for (PDOutlineItem paper : item.children()) {
                    starts.add(doc.getPages().indexOf(paper.findDestinationPage(doc)) + 1);
                }
            }
        }
        // the minutes, the report, the decision record, the appendix, the supplied plan
        assertThat(starts).hasSize(5).allMatch(p -> p % 2 == 1);
        for (int p = 2; p < pages.length; p++) {
            if (starts.contains(p + 1) && !pages[p].contains("Page " + p + " of")) {
                assertThat(pages[p]).satisfiesAnyOf(
                        t -> assertThat(t).contains(PackPages.BLANK_TEXT),
                        t -> assertThat(t).isNotBlank());
            }
        }
        long blanks = List.of(pages).stream().filter(t -> t.contains(PackPages.BLANK_TEXT)).count();
        assertThat(blanks).isPositive();
    }

    @Test
    void everyPageCarriesItsPackPageNumber() {
        for (int p = 1; p < pages.length; p++) {
            assertThat(pages[p]).as("page %d", p).containsPattern("(?m)^Page " + p + "$");
        }
    }

    @Test
    void outlineHasAnEntryPerItemAndPaper() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pack)) {
            List<String> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> top.add(i.getTitle()));
            assertThat(top).containsExactly(
                    "Agenda: Test Cabinet Committee, 8 March 2018",
                    "2. Minutes of the meeting held on 18 January 2018 (" + range("2") + ")",
                    "3. 18/00001 - Revision of the test rates (" + range("3") + ")",
                    "6. Supplied documents (" + range("6") + ")");
        }
    }

    private static String range(String item) {
        return out.packs().of(PdfFixture.MEETING).orElseThrow().items().get(item).label();
    }

    @Test
    void decisionRecordFollowsItsReport() {
        String all = flat(String.join(" ", pages));
        assertThat(all).contains("DECISIONMARKER").contains("PROPOSED RECORD OF DECISION");
        assertThat(all.indexOf("RATESMARKER")).isLessThan(all.indexOf("DECISIONMARKER"));
    }

    @Test
    void nothingUnpublishedReachesAnyPdf() throws Exception {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertThat(PdfFixture.text(f.getValue())).as(f.getKey())
                    .doesNotContain("EXEMPTMARKER").doesNotContain("DRAFTMARKER").doesNotContain("EMBARGOMARKER");
        }
    }

    @Test
    void longTablesRepeatTheirHeaderRowOnEveryPage() throws Exception {
        String[] appendix = PdfFixture.pageTexts(files.get("meetings/2018/2018-03-08-test-committee/03-appendix-rates-table.pdf"));
        assertThat(appendix.length - 1).isGreaterThan(2);
        int last = appendix.length - 1;
        assertThat(flat(appendix[last])).as("a ten-column table gets a landscape page of its own")
                .contains("Scorecard").contains("Percentage of cases closed within 30 days").doesNotContain("Row 120");
        try (PDDocument doc = Loader.loadPDF(files.get("meetings/2018/2018-03-08-test-committee/03-appendix-rates-table.pdf"))) {
            var box = doc.getPage(last - 1).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
        }
        for (int p = 1; p < last; p++) {
            assertThat(flat(appendix[p])).as("page %d", p).contains("2018-19 Rate").contains("Page " + p + " of " + (appendix.length - 1));
            assertThat(appendix[p]).contains("Test Cabinet Committee").contains("8 March 2018");
        }
        assertThat(appendix[last]).contains("Page " + last + " of " + last);
    }

    @Test
    void aSecondBuildGivesByteIdenticalPdfs() throws Exception {
        Map<String, byte[]> again = PdfFixture.byPath(fixture.render().files());
        assertThat(again.keySet()).isEqualTo(files.keySet());
        files.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void packWithASuppliedPdfDoesNotClaimConformanceButDescribesItself() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pack)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Agenda pack: Test Cabinet Committee, 8 March 2018");
            assertThat(doc.getDocumentInformation().getSubject()).startsWith("Agenda and papers for the meeting of the Test Cabinet Committee");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("Agenda pack: Test Cabinet Committee").doesNotContain("pdfuaid").doesNotContain("pdfaid");
        }
    }
}
