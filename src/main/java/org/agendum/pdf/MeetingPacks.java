package org.agendum.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.agendum.model.Diagnostic;
import org.agendum.model.PackLayout;
import org.agendum.model.PublicDocument;
import org.agendum.model.PublicItem;
import org.agendum.model.PublicMeeting;
import org.agendum.model.PublishedSite;
import org.agendum.model.RenderedFile;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;

/**
 * One meeting's agenda pack: gathers each unrestricted item's public documents in agenda
 * order — its papers, the minutes of other meetings it takes, records of decision, supplied
 * PDFs (checked first) — and hands them to the {@link PackAssembler}. Supplied files that are
 * not PDFs (spreadsheets, Word files) are published beside the pack, not inside it.
 */
final class MeetingPacks {

    /** A pack (null file when a problem stopped it) and the diagnostics met on the way. */
    record Result(RenderedFile file, PackLayout layout, List<Diagnostic> diagnostics) {}

    private final PackAssembler assembler;
    private final PrintTemplates templates;
    private final PublishedSite site;
    private final Path content;
    private final Function<String, byte[]> paperPdfs;
    private final PdfCache cache;

    MeetingPacks(PackAssembler assembler, PrintTemplates templates, PublishedSite site, Path content,
            Function<String, byte[]> paperPdfs, PdfCache cache) {
        this.assembler = assembler;
        this.templates = templates;
        this.site = site;
        this.content = content;
        this.paperPdfs = paperPdfs;
        this.cache = cache;
    }

    /** The paper PDFs (by {@link PaperPdfs#key}) a meeting's pack is made from: wait for these first. */
    static Set<String> papersNeeded(PublicMeeting m) {
        Set<String> keys = new TreeSet<>();
        for (PublicItem pi : m.items()) {
            for (PublicDocument d : pi.documents()) {
                if (d instanceof PublicDocument.OwnPaper own) {
                    keys.add(PaperPdfs.key(own.paper()));
                } else if (d instanceof PublicDocument.OtherMinutes minutes) {
                    keys.add(PaperPdfs.key(minutes.minutes()));
                }
            }
        }
        return keys;
    }

    Result build(PublicMeeting m) throws TemplateProblem {
        List<Diagnostic> problems = new ArrayList<>();
        List<PackAssembler.ItemParts> items = new ArrayList<>();
        for (PublicItem pi : m.items()) {
            if (pi.item().isExempt()) {
                continue;
            }
            List<PackAssembler.Part> parts = new ArrayList<>();
            for (PublicDocument d : pi.documents()) {
                PackAssembler.Part part = part(m, d, problems);
                if (part != null) {
                    parts.add(part);
                }
            }
            if (!parts.isEmpty()) {
                String decision = pi.item().decision() == null ? "" : pi.item().decision() + " - ";
                items.add(new PackAssembler.ItemParts(pi.item().number(),
                        pi.item().number() + ". " + decision + pi.item().title(), parts));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, null, problems);
        }
        String frontTitle = "Agenda: " + m.committee().name() + ", " + PrintFormat.shortDate(m.meeting().date());
        DocumentInfo info = templates.packInfo(m);
        String key = cacheKey(m, items, info);
        PackAssembler.Built built = cache.get(key)
                .map(e -> new PackAssembler.Built(e.bytes(), e.pageCount(), e.ranges()))
                .orElse(null);
        if (built == null) {
            try {
                built = assembler.assemble(labels -> templates.frontSheet(m, labels), frontTitle, items, info);
            } catch (IOException | RuntimeException e) {
                return new Result(null, null, List.of(Diagnostic.error(m.meeting().source(),
                        "the agenda pack cannot be assembled: " + e.getMessage())));
            }
            cache.put(key, new PdfCache.Entry(built.bytes(), built.pageCount(), built.ranges()));
        }
        RenderedFile file = new RenderedFile(Urls.agendaPack(m.meeting()), built.bytes());
        return new Result(file, new PackLayout(m.id(), built.pageCount(), built.bytes().length, built.ranges()), List.of());
    }

    private PackAssembler.Part part(PublicMeeting m, PublicDocument d, List<Diagnostic> problems)
            throws TemplateProblem {
        if (d instanceof PublicDocument.OwnPaper own) {
            return paper(PaperPdfs.key(own.paper()), own.title());
        }
        if (d instanceof PublicDocument.OtherMinutes minutes) {
            return paper(PaperPdfs.key(minutes.minutes()), minutes.title());
        }
        if (d instanceof PublicDocument.DecisionRecord record) {
            PaperPdfs.Outcome o = PaperPdfs.renderJob(assembler.renderer(), cache, templates.decision(record.decision(), m));
            if (o.problem() != null) {
                problems.add(o.problem());
                return null;
            }
            return new PackAssembler.Part(record.title(), o.bytes(), true);
        }
        if (d instanceof PublicDocument.SuppliedFile supplied && SuppliedPdfs.isPdf(supplied.attachment())) {
            var a = supplied.attachment();
            Path file = content.resolve("meetings").resolve(m.meeting().year()).resolve(a.meetingId()).resolve(a.fileName());
            SuppliedPdfs.Checked checked = SuppliedPdfs.check(a, file);
            if (checked instanceof SuppliedPdfs.Checked.Unusable bad) {
                problems.add(bad.diagnostic());
                return null;
            }
            return new PackAssembler.Part(supplied.title(), ((SuppliedPdfs.Checked.Usable) checked).bytes(), false);
        }
        return null;
    }

    /** A paper PDF made by {@link PaperPdfs}; absent only if it failed, which is already a diagnostic. */
    private PackAssembler.Part paper(String key, String title) {
        byte[] pdf = paperPdfs.apply(key);
        return pdf == null ? null : new PackAssembler.Part(title, pdf, true);
    }

    private String cacheKey(PublicMeeting m, List<PackAssembler.ItemParts> items, DocumentInfo info)
            throws TemplateProblem {
        List<String> seed = new ArrayList<>();
        seed.add("pack");
        seed.add(templates.frontSheet(m, Map.of()));
        seed.add(info.toString());
        for (PackAssembler.ItemParts item : items) {
            seed.add(item.outlineTitle());
            for (PackAssembler.Part p : item.parts()) {
                seed.add(p.title() + "|" + p.ours() + "|" + PrintJob.hex(PdfMetadata.digest(p.pdf())));
            }
        }
        return "pack:" + PrintJob.hex(PdfMetadata.digest(PdfMetadata.seed(seed)));
    }
}
