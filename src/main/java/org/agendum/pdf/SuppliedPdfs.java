package org.agendum.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.agendum.model.Attachment;
import org.agendum.model.Diagnostic;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a supplied PDF attachment before it goes into a pack, and turns every way it can be
 * unusable — unreadable, encrypted, empty, too big — into a content diagnostic naming the
 * file, with the fix. Nothing a clerk drops into a meeting folder can crash the build.
 */
final class SuppliedPdfs {

    /**
     * How big a supplied PDF may be. Larger files make packs no one can download on a phone
     * and a build that runs out of memory; the clerk can compress or split them.
     */
    record Limits(long maxBytes, int maxPages) {
        static final Limits DEFAULT = new Limits(100L * 1024 * 1024, 2000);
    }

    private SuppliedPdfs() {}

    /** The outcome of checking one supplied PDF. */
    sealed interface Checked {
        record Usable(Attachment attachment, byte[] bytes, int pages) implements Checked {}

        record Unusable(Diagnostic diagnostic) implements Checked {}
    }

    static boolean isPdf(Attachment a) {
        return a.extension().equals("pdf");
    }

    static Checked check(Attachment a, Path file) {
        return check(a, file, Limits.DEFAULT);
    }

    static Checked check(Attachment a, Path file, Limits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return bad(a, "is " + megabytes(size) + "; an agenda pack takes supplied PDFs up to "
                        + megabytes(limits.maxBytes()) + " — compress it or split it into several files");
            }
            byte[] bytes = Files.readAllBytes(file);
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                if (doc.isEncrypted()) {
                    return bad(a, "is encrypted; save an unencrypted copy (without passwords or restrictions) "
                            + "so it can be merged into the agenda pack");
                }
                int pages = doc.getNumberOfPages();
                if (pages == 0) {
                    return bad(a, "has no pages; replace it with the intended document");
                }
                if (pages > limits.maxPages()) {
                    return bad(a, "has " + pages + " pages; an agenda pack takes supplied PDFs of up to "
                            + limits.maxPages() + " pages — split it into several files");
                }
                for (PDPage page : doc.getPages()) {
                    page.getMediaBox(); // walks the whole page tree: a broken one fails here, not mid-merge
                }
                return new Checked.Usable(a, bytes, pages);
            }
        } catch (InvalidPasswordException e) {
            return bad(a, "is protected by a password; save an unencrypted copy so it can be merged into the agenda pack");
        } catch (IOException | RuntimeException e) {
            return bad(a, "is not a readable PDF (" + firstLine(e.getMessage()) + "); export it again from the original document");
        }
    }

    private static Checked bad(Attachment a, String message) {
        return new Checked.Unusable(Diagnostic.error(a.source(), "supplied PDF `" + a.fileName() + "` " + message));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
