package org.agendum.cli;

import java.io.PrintWriter;
import org.agendum.content.LoadResult;
import org.agendum.model.Diagnostic;

/** Prints diagnostics one per line, sorted, then the one-line summary. */
final class DiagnosticsPrinter {

    private DiagnosticsPrinter() {}

    static void print(LoadResult result, PrintWriter to) {
        for (Diagnostic d : result.diagnostics()) {
            to.println(d.format());
        }
        to.println(summary(result));
        to.flush();
    }

    static String summary(LoadResult r) {
        long errors = r.errors();
        long warnings = r.warnings();
        String s = errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s");
        if (r.dropped() > 0) {
            s += " (" + r.dropped() + " more not shown)";
        }
        if (r.model() != null) {
            var m = r.model();
            s += "; " + m.committees().size() + " committees, " + m.meetings().size() + " meetings, "
                    + m.meetings().stream().mapToInt(x -> x.items().size()).sum() + " items, "
                    + m.papers().size() + " papers, " + m.attachments().size() + " attachments, "
                    + m.decisions().size() + " decisions, " + m.plans().size() + " plans, "
                    + m.pages().size() + " pages";
        }
        return s;
    }
}
