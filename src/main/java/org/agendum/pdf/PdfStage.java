package org.agendum.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.agendum.model.AgendaPacks;
import org.agendum.model.Diagnostic;
import org.agendum.model.MeetingStatus;
import org.agendum.model.PackLayout;
import org.agendum.model.PublicMeeting;
import org.agendum.model.PublishedSite;
import org.agendum.model.RenderedFile;
import org.agendum.render.TemplateEngine;
import org.agendum.render.TemplateProblem;

/**
 * The PDF stage: every public paper and plan as its own PDF, then an agenda pack for every
 * meeting whose agenda is out. Everything runs on one pool of worker threads: papers largest
 * first, and each meeting's pack as soon as its papers are done (reusing their PDFs), so packs
 * build in parallel across meetings and alongside the remaining papers. Results are sorted,
 * so the output does not depend on thread timing. One stage instance holds the fonts and the
 * template set-up for the whole build.
 *
 * <p>Reads only the {@link PublishedSite} and the public supplied PDFs it names, so nothing
 * draft, embargoed or exempt can reach a PDF.
 */
public final class PdfStage {

    private final PrintRenderer renderer;
    private final TemplateEngine engine;
    private final PdfCache cache;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    public PdfStage(Path themeDir, PdfCache cache) throws IOException {
        Path print = themeDir.resolve("print");
        this.renderer = new PrintRenderer(PrintFonts.load(print.resolve("fonts")), print);
        this.engine = new TemplateEngine(print);
        this.cache = cache;
    }

    public PdfStage(Path themeDir) throws IOException {
        this(themeDir, PdfCache.NONE);
    }

    /**
     * Renders every PDF of {@code site}; {@code content} is the content folder, where supplied
     * PDFs are read from ({@code <content>/meetings/<yyyy>/<meeting-id>/<file>}).
     */
    public PdfOutput run(PublishedSite site, Path content) throws TemplateProblem {
        PrintTemplates templates = new PrintTemplates(engine, site.site());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            List<PaperPdfs.Submitted> papers = new PaperPdfs(renderer, templates, site, cache).submitAll(pool);
            Map<String, CompletableFuture<PaperPdfs.Outcome>> byKey = new HashMap<>();
            for (PaperPdfs.Submitted p : papers) {
                if (p.paperKey() != null) {
                    byKey.put(p.paperKey(), p.outcome());
                }
            }
            MeetingPacks packs = new MeetingPacks(new PackAssembler(renderer), templates, site, content,
                    key -> byKey.get(key).join().bytes(), cache);
            // each pack starts as soon as its own papers are done, while other papers still render
            List<CompletableFuture<MeetingPacks.Result>> built = new ArrayList<>();
            for (PublicMeeting m : site.meetings()) {
                if (hasPack(m)) {
                    CompletableFuture<?>[] deps = MeetingPacks.papersNeeded(m).stream()
                            .map(byKey::get).toArray(CompletableFuture[]::new);
                    built.add(CompletableFuture.allOf(deps)
                            .thenApplyAsync(x -> unchecked(() -> packs.build(m)), pool));
                }
            }
            return collect(papers, built);
        } finally {
            pool.shutdownNow();
        }
    }

    private static PdfOutput collect(List<PaperPdfs.Submitted> papers, List<CompletableFuture<MeetingPacks.Result>> packs)
            throws TemplateProblem {
        List<RenderedFile> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (PaperPdfs.Submitted p : papers) {
            PaperPdfs.Outcome o = join(p.outcome());
            if (o.problem() != null) {
                diagnostics.add(o.problem());
            } else {
                files.add(new RenderedFile(p.path(), o.bytes()));
            }
        }
        Map<String, PackLayout> layouts = new TreeMap<>();
        for (CompletableFuture<MeetingPacks.Result> f : packs) {
            MeetingPacks.Result r = join(f);
            diagnostics.addAll(r.diagnostics());
            if (r.file() != null) {
                files.add(r.file());
                layouts.put(r.layout().meetingId(), r.layout());
            }
        }
        files.sort(Comparator.comparing(RenderedFile::path));
        // a supplied PDF listed under two items is one problem, reported once
        List<Diagnostic> distinct = diagnostics.stream().distinct().sorted().toList();
        return new PdfOutput(files, new AgendaPacks(layouts), distinct);
    }

    private static <R> R join(CompletableFuture<R> f) throws TemplateProblem {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WrappedTemplateProblem w) {
                throw w.problem;
            }
            throw e;
        }
    }

    private static ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "agendum-pdf");
            t.setDaemon(true);
            return t;
        };
    }

    /** A pack is made once the agenda is out, for a meeting that goes ahead and has an agenda. */
    static boolean hasPack(PublicMeeting m) {
        return m.agendaIssued() && m.meeting().status() != MeetingStatus.CANCELLED && !m.items().isEmpty();
    }

    /** Work that may throw a template problem or I/O error, run inside a stream. */
    @FunctionalInterface
    interface Work<R> {
        R run() throws TemplateProblem, IOException;
    }

    static <R> R unchecked(Work<R> work) {
        try {
            return work.run();
        } catch (TemplateProblem e) {
            throw new WrappedTemplateProblem(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Carries a {@link TemplateProblem} out of a parallel stream. */
    static final class WrappedTemplateProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient TemplateProblem problem;

        WrappedTemplateProblem(TemplateProblem problem) {
            super(problem);
            this.problem = problem;
        }
    }
}
