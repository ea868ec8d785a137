package org.agendum.pdf;

import java.time.Instant;
import java.util.List;

/**
 * What a PDF says about itself: written both to the document information dictionary and to
 * the XMP metadata (PDF/A requires the two to agree).
 *
 * @param date      creation and modification date, derived from content so rebuilds are identical
 * @param conforming whether the file may claim PDF/A-2a and PDF/UA-1 in its XMP; false for
 *                   packs holding supplied PDFs we cannot vouch for (see docs/accessibility.md)
 */
public record DocumentInfo(
        String title,
        String author,
        String subject,
        List<String> keywords,
        String language,
        Instant date,
        boolean conforming) {

    public DocumentInfo {
        keywords = List.copyOf(keywords);
    }

    public String keywordText() {
        return String.join("; ", keywords);
    }

    public DocumentInfo notConforming() {
        return new DocumentInfo(title, author, subject, keywords, language, date, false);
    }
}
