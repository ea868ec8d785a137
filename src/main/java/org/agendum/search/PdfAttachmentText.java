package org.agendum.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Attachment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts the text of supplied PDF attachments with PDFBox, reading them where the
 * content model keeps them: {@code <content>/meetings/<yyyy>/<meeting-id>/<file>}. Only
 * attachments the {@code PublishedSite} lists are ever asked for.
 */
public final class PdfAttachmentText implements AttachmentText {

    /** Enough for any real appendix; stops a pathological PDF from filling the index. */
    static final int MAX_CHARS = 2_000_000;

    private final Path content;
    private final List<String> unreadable = new ArrayList<>();

    public PdfAttachmentText(Path content) {
        this.content = content;
    }

    @Override
    public String textOf(Attachment a) {
        if (!a.extension().equals("pdf")) {
            return "";
        }
        String id = a.meetingId();
        Path file = content.resolve("meetings").resolve(id.substring(0, 4)).resolve(id).resolve(a.fileName());
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                unreadable.add(a.source().path() + ": text extraction is not permitted; indexed by title only");
                return "";
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        } catch (IOException e) {
            // A damaged supplied PDF is still published as supplied; search falls back to its title.
            unreadable.add(a.source().path() + ": cannot read the PDF's text (" + e.getMessage()
                    + "); indexed by title only");
            return "";
        }
    }

    /** The attachments whose text could not be read, as {@code path: reason}, for the build to report. */
    public List<String> unreadable() {
        return List.copyOf(unreadable);
    }
}
