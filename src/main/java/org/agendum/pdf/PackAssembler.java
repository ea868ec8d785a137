package org.agendum.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendum.model.PageRange;
import org.agendum.render.TemplateProblem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;

/**
 * Builds one agenda pack: lays it out from the documents' page counts, renders the front
 * sheet with the resulting page ranges (again if the ranges changed its length), merges the
 * documents with blank pages so each starts on a right-hand page, checks every document
 * landed where the front sheet says, then stamps pack page numbers and adds the outline.
 */
final class PackAssembler {

    /** The front sheet, given the item labels ("Pages 25 - 40") to print. */
    @FunctionalInterface
    interface FrontSheet {
        String html(Map<String, String> labels) throws TemplateProblem;
    }

    /** One document in the pack: its outline title, its PDF, and whether we rendered it (so it conforms). */
    record Part(String title, byte[] pdf, boolean ours) {}

    /** An unrestricted item with documents in the pack. */
    record ItemParts(String number, String outlineTitle, List<Part> parts) {
        ItemParts {
            parts = List.copyOf(parts);
        }
    }

    /** The finished pack. */
    record Built(byte[] bytes, int pageCount, Map<String, PageRange> ranges) {}

    private static final int MAX_FRONT_SHEET_PASSES = 4;

    private final PrintRenderer renderer;

    PackAssembler(PrintRenderer renderer) {
        this.renderer = renderer;
    }

    PrintRenderer renderer() {
        return renderer;
    }

    Built assemble(FrontSheet front, String frontTitle, List<ItemParts> items, DocumentInfo info)
            throws IOException, TemplateProblem {
        List<PackPlan.Item> counts = new ArrayList<>();
        List<List<PDDocument>> docs = new ArrayList<>();
        try {
            for (ItemParts item : items) {
                List<Integer> pages = new ArrayList<>();
                List<PDDocument> itemDocs = new ArrayList<>();
                docs.add(itemDocs);
                for (Part part : item.parts()) {
                    PDDocument d = Loader.loadPDF(part.pdf());
                    itemDocs.add(d);
                    pages.add(d.getNumberOfPages());
                }
                counts.add(new PackPlan.Item(item.number(), pages));
            }
            return merge(front, frontTitle, items, counts, docs, info);
        } finally {
            for (List<PDDocument> ds : docs) {
                for (PDDocument d : ds) {
                    d.close();
                }
            }
        }
    }

    private Built merge(FrontSheet front, String frontTitle, List<ItemParts> items, List<PackPlan.Item> counts,
            List<List<PDDocument>> docs, DocumentInfo info) throws IOException, TemplateProblem {
        // First pass with wide placeholder ranges measures the front sheet; then the real ranges.
        PackPlan plan = PackPlan.of(1, counts);
        Map<String, String> placeholders = new java.util.LinkedHashMap<>();
        plan.ranges().keySet().forEach(k -> placeholders.put(k, "Pages 8888 - 8888"));
        String html = front.html(placeholders);
        PDDocument pack = renderer.renderDocument(html);
        try {
            for (int pass = 0; ; pass++) {
                plan = PackPlan.of(pack.getNumberOfPages(), counts);
                html = front.html(plan.labels());
                PDDocument again = renderer.renderDocument(html);
                pack.close();
                pack = again;
                if (pack.getNumberOfPages() == plan.frontPages()) {
                    break;
                }
                if (pass == MAX_FRONT_SHEET_PASSES) {
                    throw new IOException("the front sheet's length does not settle (page ranges keep reflowing it)");
                }
            }
            return append(pack, html, frontTitle, items, docs, plan, info);
        } finally {
            pack.close();
        }
    }

    private Built append(PDDocument pack, String frontHtml, String frontTitle, List<ItemParts> items,
            List<List<PDDocument>> docs, PackPlan plan, DocumentInfo info) throws IOException {
        PackPages pages = new PackPages(pack, renderer.fonts());
        PackStructure structure = new PackStructure(pack, frontTitle);
        PackOutline outline = new PackOutline(pack);
        outline.front(frontTitle);
        pack.getDocumentCatalog().setDocumentOutline(null);
        PDFMergerUtility merger = new PDFMergerUtility();
        boolean conforming = info.conforming();
        List<String> seed = new ArrayList<>(List.of(frontHtml, info.toString()));
        for (int i = 0; i < items.size(); i++) {
            ItemParts item = items.get(i);
            for (int j = 0; j < item.parts().size(); j++) {
                Part part = item.parts().get(j);
                if (plan.blankBefore().get(i).get(j)) {
                    pages.addBlank();
                }
                int start = pack.getNumberOfPages() + 1;
                if (start != plan.starts().get(i).get(j)) {
                    throw new IllegalStateException("pack layout drifted: item " + item.number() + " document "
                            + (j + 1) + " starts on page " + start + ", planned " + plan.starts().get(i).get(j));
                }
                merger.appendDocument(pack, docs.get(i).get(j));
                structure.afterAppend(part.title());
                PDDocumentOutline own = pack.getDocumentCatalog().getDocumentOutline();
                pack.getDocumentCatalog().setDocumentOutline(null);
                if (j == 0) {
                    outline.item(item.outlineTitle() + " (" + plan.ranges().get(item.number()).label() + ")", start - 1);
                }
                outline.paper(part.title(), start - 1, own);
                conforming &= part.ours();
                seed.add(PrintJob.hex(PdfMetadata.digest(part.pdf())));
            }
        }
        if (pack.getNumberOfPages() != plan.pageCount()) {
            throw new IllegalStateException("pack has " + pack.getNumberOfPages() + " pages, planned " + plan.pageCount());
        }
        for (int p = 0; p < pack.getNumberOfPages(); p++) {
            pages.stamp(p);
        }
        outline.install();
        // the merger ORs the parts' MarkInfo flags together (and sets Suspects); we know what we made
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        pack.getDocumentCatalog().setMarkInfo(mark);
        DocumentInfo finalInfo = conforming ? info : info.notConforming();
        byte[] bytes = PrintRenderer.save(pack, finalInfo, PdfMetadata.seed(seed));
        return new Built(bytes, plan.pageCount(), plan.ranges());
    }
}
