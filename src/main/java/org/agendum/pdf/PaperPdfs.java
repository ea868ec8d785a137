package org.agendum.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.Diagnostic;
import org.agendum.model.Paper;
import org.agendum.model.Plan;
import org.agendum.model.PublishedSite;
import org.agendum.model.RenderedFile;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;

/**
 * One PDF per public paper ({@code …/<slug>.pdf}, {@code …/minutes.pdf}) and per plan
 * ({@code plans/<slug>.pdf}), rendered in parallel. The paper PDFs are also the pages of the
 * agenda packs, so each is laid out once per build.
 */
final class PaperPdfs {

    /** Rendered papers: the files, each paper's bytes by {@link #key}, and any problems. */
    record Result(List<RenderedFile> files, Map<String, byte[]> byDocument, List<Diagnostic> diagnostics) {}

    private final PrintRenderer renderer;
    private final PrintTemplates templates;
    private final PublishedSite site;
    private final PdfCache cache;

    PaperPdfs(PrintRenderer renderer, PrintTemplates templates, PublishedSite site, PdfCache cache) {
        this.renderer = renderer;
        this.templates = templates;
        this.site = site;
        this.cache = cache;
    }

    static String key(Paper p) {
        return p.meetingId() + "/" + p.slug();
    }

    Result renderAll() throws TemplateProblem {
        List<Task> tasks = new ArrayList<>();
        for (Paper p : site.papers()) {
            tasks.add(new Task(key(p), Urls.paperPdf(p), templates.paper(p, site.meetingOf(p))));
        }
        for (Plan plan : site.plans()) {
            tasks.add(new Task(null, Urls.planPdf(plan), templates.plan(plan)));
        }
        List<Outcome> outcomes = PdfStage.parallel(tasks, this::render);
        List<RenderedFile> files = new ArrayList<>();
        Map<String, byte[]> byDocument = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.problem() != null) {
                diagnostics.add(o.problem());
                continue;
            }
            files.add(new RenderedFile(tasks.get(i).path(), o.bytes()));
            if (tasks.get(i).paperKey() != null) {
                byDocument.put(tasks.get(i).paperKey(), o.bytes());
            }
        }
        return new Result(files, byDocument, diagnostics);
    }

    private Outcome render(Task task) {
        return renderJob(renderer, cache, task.job());
    }

    /** Lays out one document (or takes it from the cache); a layout failure becomes a diagnostic. */
    static Outcome renderJob(PrintRenderer renderer, PdfCache cache, PrintJob job) {
        String key = job.key();
        var hit = cache.get(key);
        if (hit.isPresent()) {
            return new Outcome(hit.get().bytes(), null);
        }
        try {
            byte[] bytes = renderer.render(job.html(), job.info());
            cache.put(key, new PdfCache.Entry(bytes, 0, Map.of()));
            return new Outcome(bytes, null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, Diagnostic.error(job.source(),
                    "cannot be laid out as a PDF: " + e.getMessage()));
        }
    }

    private record Task(String paperKey, String path, PrintJob job) {}

    /** Bytes, or the problem that stopped them. */
    record Outcome(byte[] bytes, Diagnostic problem) {}
}
