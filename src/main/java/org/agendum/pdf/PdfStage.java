package org.agendum.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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
 * meeting whose agenda is out. Papers render in parallel, then packs build in parallel
 * across meetings (each reuses the paper PDFs already made); results are sorted, so the
 * output does not depend on thread timing. One stage instance holds the fonts and the
 * template set-up for the whole build.
 *
 * <p>Reads only the {@link PublishedSite} and the public supplied PDFs it names, so nothing
 * draft, embargoed or exempt can reach a PDF.
 */
public final class PdfStage {

    private final PrintRenderer renderer;
    private final TemplateEngine engine;
    private final PdfCache cache;

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
        PaperPdfs papers = new PaperPdfs(renderer, templates, site, cache);
        PaperPdfs.Result rendered = unwrap(() -> papers.renderAll());

        List<PublicMeeting> withPacks = site.meetings().stream().filter(PdfStage::hasPack).toList();
        MeetingPacks packs = new MeetingPacks(new PackAssembler(renderer), templates, site, content,
                rendered.byDocument(), cache);
        List<MeetingPacks.Result> built = unwrap(() -> parallel(withPacks, m -> unchecked(() -> packs.build(m))));

        List<RenderedFile> files = new ArrayList<>(rendered.files());
        List<Diagnostic> diagnostics = new ArrayList<>(rendered.diagnostics());
        Map<String, PackLayout> layouts = new TreeMap<>();
        for (MeetingPacks.Result r : built) {
            diagnostics.addAll(r.diagnostics());
            if (r.file() != null) {
                files.add(r.file());
                layouts.put(r.layout().meetingId(), r.layout());
            }
        }
        files.sort(Comparator.comparing(RenderedFile::path));
        diagnostics.sort(Comparator.naturalOrder());
        return new PdfOutput(files, new AgendaPacks(layouts), diagnostics);
    }

    /** A pack is made once the agenda is out, for a meeting that goes ahead and has an agenda. */
    static boolean hasPack(PublicMeeting m) {
        return m.agendaIssued() && m.meeting().status() != MeetingStatus.CANCELLED && !m.items().isEmpty();
    }

    /** Maps in parallel, keeping the input order in the result. */
    static <T, R> List<R> parallel(List<T> in, Function<T, R> f) {
        return in.parallelStream().map(f).toList();
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

    private static <R> R unwrap(Work<R> work) throws TemplateProblem {
        try {
            return work.run();
        } catch (WrappedTemplateProblem e) {
            throw e.problem;
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
