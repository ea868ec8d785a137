package org.agendum.model;

/** A supplied file in a meeting folder (PDF, DOCX, …), published as supplied. */
public record Attachment(String meetingId, String fileName, long size, String mediaType, SourcePosition source) {

    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
