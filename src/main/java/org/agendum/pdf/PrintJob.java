package org.agendum.pdf;

import org.agendum.model.SourcePosition;

/** A document ready to lay out: its print HTML, what the PDF says about itself, and where it came from. */
record PrintJob(String html, DocumentInfo info, SourcePosition source) {

    /** The cache key: everything that decides the PDF's bytes. */
    String key() {
        return "pdf:" + hex(PdfMetadata.digest(PdfMetadata.seed(java.util.List.of(html, info.toString()))));
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder(b.length * 2);
        for (byte x : b) {
            s.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return s.toString();
    }
}
