package org.agendum.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Keeps a merged pack's structure tree flat and readable: one Document element whose
 * children are one Part per document (front sheet, each paper), each titled. PDFBox's
 * merger wraps the old tree and the new one in a fresh Document on every append, which
 * would nest the pack forty levels deep; after each append this lifts the new part out.
 */
final class PackStructure {

    private final PDDocument doc;
    private final COSDictionary packDocument = new COSDictionary();
    private final COSArray parts = new COSArray();

    /** Starts from the front sheet's own tree, which becomes the first Part. */
    PackStructure(PDDocument doc, String frontTitle) {
        this.doc = doc;
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        packDocument.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        packDocument.setItem(COSName.S, COSName.DOCUMENT);
        packDocument.setItem(COSName.K, parts);
        if (root != null) {
            packDocument.setItem(COSName.P, root);
            adopt(root.getCOSObject().getDictionaryObject(COSName.K), frontTitle);
            root.getCOSObject().setItem(COSName.K, packDocument);
        }
    }

    /** Call after each append: moves the part just merged under the pack's Document. */
    void afterAppend(String title) {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        COSBase k = root.getCOSObject().getDictionaryObject(COSName.K);
        if (k instanceof COSDictionary wrapper && wrapper != packDocument) {
            COSArray kids = wrapper.getCOSArray(COSName.K);
            if (kids != null) {
                for (int i = 0; i < kids.size(); i++) {
                    if (kids.getObject(i) != packDocument) {
                        adopt(kids.get(i), title);
                    }
                }
            }
        }
        packDocument.setItem(COSName.P, root);
        root.getCOSObject().setItem(COSName.K, packDocument);
    }

    private void adopt(COSBase element, String title) {
        COSBase resolved = element instanceof COSObject o ? o.getObject() : element;
        if (resolved instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                adopt(array.get(i), title);
            }
            return;
        }
        if (resolved instanceof COSDictionary el) {
            if (COSName.DOCUMENT.equals(el.getCOSName(COSName.S))) {
                el.setItem(COSName.S, COSName.getPDFName("Part"));
                el.setString(COSName.T, title);
            }
            el.setItem(COSName.P, packDocument);
            parts.add(element);
        }
    }
}
