package org.agendum.pdf;

import java.util.List;
import org.agendum.model.AgendaPacks;
import org.agendum.model.Diagnostic;
import org.agendum.model.RenderedFile;

/**
 * What the PDF stage made: the files (sorted by path), the pack layouts the HTML pages show,
 * and content diagnostics (a bad supplied PDF, a paper that cannot be laid out). Any error
 * among them fails the build, reported with every other diagnostic.
 */
public record PdfOutput(List<RenderedFile> files, AgendaPacks packs, List<Diagnostic> diagnostics) {

    public PdfOutput {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }
}
