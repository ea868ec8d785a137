package org.agendum.pdf;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.agendum.content.ContentLoader;
import org.agendum.model.PackLayout;
import org.agendum.model.Paper;
import org.agendum.model.PublicMeeting;
import org.agendum.model.Publication;
import org.agendum.model.PublishedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the 8 March 2018 pack takes: its papers and the pack, nothing else of the site.
 * Not part of the default run; see docs/performance.md for the command.
 */
@EnabledIfSystemProperty(named = "agendum.benchmark", matches = "true")
class PackBenchmark {

    static final String MEETING = "2018-03-08-cype-cabinet-committee";

    @Test
    void packOf8March2018() throws Exception {
        var load = new ContentLoader().load(Path.of("content"), "content");
        PublishedSite all = Publication.decide(load.model(), Instant.parse("2018-03-08T09:00:00Z"));
        PublicMeeting m = all.meetings().stream().filter(x -> x.id().equals(MEETING)).findFirst().orElseThrow();
        Set<String> needed = MeetingPacks.papersNeeded(m);
        List<Paper> papers = all.papers().stream().filter(p -> needed.contains(PaperPdfs.key(p))).toList();
        PublishedSite site = new PublishedSite(all.site(), all.now(), all.committees(), List.of(m), papers,
                all.attachments(), all.decisions(), List.of(), List.of(), all.paperMeetings());
        PdfStage stage = new PdfStage(Path.of("templates"));
        for (int run = 1; run <= 5; run++) {
            long t0 = System.nanoTime();
            PdfOutput out = stage.run(site, Path.of("content"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            PackLayout layout = out.packs().of(MEETING).orElseThrow();
            System.out.printf("run %d: %d ms, %d papers + pack of %d pages, %.1f MB%n", run, ms,
                    papers.size(), layout.pageCount(), layout.bytes() / 1048576.0);
        }
    }
}
