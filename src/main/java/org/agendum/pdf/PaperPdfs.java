package org.agendum.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.agendum.model.Diagnostic;
import org.agendum.model.Paper;
import org.agendum.model.Plan;
import org.agendum.model.PublishedSite;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;

/**
 * One PDF per public paper ({@code …/<slug>.pdf}, {@code …/minutes.pdf}) and per plan
 * ({@code plans/<slug>.pdf}), queued on the stage's thread pool. The paper PDFs are also the
 * pages of the agenda packs, so each is laid out once per build.
 */
final class PaperPdfs {

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

    /**
     * Queues every paper and plan on {@code pool}, largest first (so one long plan does not
     * start last and hold up the build), and returns them in site order.
     */
    List<Submitted> submitAll(Executor pool) throws TemplateProblem {
        List<Task> tasks = new ArrayList<>();
        for (Paper p : site.papers()) {
            tasks.add(new Task(key(p), Urls.paperPdf(p), templates.paper(p, site.meetingOf(p))));
        }
        for (Plan plan : site.plans()) {
            tasks.add(new Task(null, Urls.planPdf(plan), templates.plan(plan)));
        }
        Map<Task, CompletableFuture<Outcome>> futures = new IdentityHashMap<>();
        tasks.stream()
                .sorted(Comparator.comparingInt((Task t) -> t.job().html().length()).reversed())
                .forEach(t -> futures.put(t, CompletableFuture.supplyAsync(() -> render(t), pool)));
        return tasks.stream().map(t -> new Submitted(t.paperKey(), t.path(), futures.get(t))).toList();
    }

    /** A queued paper: its key for packs (null for plans), its output path, its outcome to come. */
    record Submitted(String paperKey, String path, CompletableFuture<Outcome> outcome) {}

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
        } catch (StackOverflowError e) {
            return new Outcome(null, Diagnostic.error(job.source(),
                    "cannot be laid out as a PDF: its HTML is nested too deeply (lists or tables inside each other)"));
        }
    }

    private record Task(String paperKey, String path, PrintJob job) {}

    /** Bytes, or the problem that stopped them. */
    record Outcome(byte[] bytes, Diagnostic problem) {}
}
