package org.agendum.content;

import java.util.List;
import org.agendum.model.ContentModel;
import org.agendum.model.Diagnostic;
import org.agendum.model.Severity;

/**
 * What loading produced: the model (null when errors made it unusable) and every
 * diagnostic, sorted, with how many were cut by the cap.
 */
public record LoadResult(ContentModel model, List<Diagnostic> diagnostics, int dropped) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public long errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    public boolean hasErrors() {
        return model == null || errors() > 0;
    }
}
