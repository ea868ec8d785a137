package org.agendum.model;

import java.util.List;

/**
 * A paper in a meeting folder: a report, minutes, notice or appendix. {@code minutes} is
 * non-null exactly when {@code type} is {@link PaperType#MINUTES}.
 */
public record Paper(
        String meetingId,
        String slug,
        String title,
        PaperType type,
        List<String> by,
        String to,
        String decision,
        Boolean keyDecision,
        Classification classification,
        Integer exemptParagraph,
        String pastPathway,
        String futurePathway,
        List<String> electoralDivisions,
        Markdown summary,
        Markdown recommendations,
        List<BackgroundDocument> backgroundDocuments,
        boolean backgroundDocumentsGiven,
        List<Contact> contacts,
        Embargo embargo,
        Markdown body,
        MinutesDetails minutes,
        SourcePosition source) {

    public Paper {
        by = List.copyOf(by);
        electoralDivisions = List.copyOf(electoralDivisions);
        backgroundDocuments = List.copyOf(backgroundDocuments);
        contacts = List.copyOf(contacts);
    }

    public String fileName() {
        return slug + ".md";
    }
}
