package org.agendum.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The pack's bookmarks: "Agenda", then one entry per item with papers, holding one entry
 * per paper, holding that paper's own headings (closed, so the panel stays short).
 */
final class PackOutline {

    private final PDDocument doc;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDOutlineItem currentItem;

    PackOutline(PDDocument doc) {
        this.doc = doc;
    }

    void front(String title) {
        outline.addLast(entry(title, 0));
    }

    void item(String title, int firstPageIndex) {
        currentItem = entry(title, firstPageIndex);
        outline.addLast(currentItem);
    }

    /** A paper of the current item; {@code own} is the outline its PDF brought (may be null). */
    void paper(String title, int firstPageIndex, PDDocumentOutline own) {
        PDOutlineItem paper = entry(title, firstPageIndex);
        currentItem.addLast(paper);
        if (own != null) {
            List<PDOutlineItem> children = new ArrayList<>();
            own.children().forEach(children::add);
            for (PDOutlineItem child : children) {
                child.getCOSObject().removeItem(COSName.PARENT);
                child.getCOSObject().removeItem(COSName.PREV);
                child.getCOSObject().removeItem(COSName.NEXT);
                paper.addLast(child);
            }
            paper.closeNode();
        }
    }

    /** Installs the outline, items open and papers closed. */
    void install() {
        for (PDOutlineItem item : outline.children()) {
            item.openNode();
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    private PDOutlineItem entry(String title, int pageIndex) {
        PDPage page = doc.getPage(pageIndex);
        PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
        dest.setPage(page);
        dest.setTop((int) page.getCropBox().getUpperRightY());
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(dest);
        return item;
    }

}
