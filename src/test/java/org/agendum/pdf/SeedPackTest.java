package org.agendum.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.agendum.content.ContentLoader;
import org.agendum.content.LoadResult;
import org.agendum.model.PackLayout;
import org.agendum.model.PageRange;
import org.agendum.model.PublicDocument;
import org.agendum.model.PublicItem;
import org.agendum.model.PublicMeeting;
import org.agendum.model.Publication;
import org.agendum.model.PublishedSite;
import org.junit.jupiter.api.Test;

/**
 * The one test that builds the real seed content: the 8 March 2018 pack (hundreds of pages,
 * the minutes of two earlier meetings, four records of decision) must put every item exactly
 * where its front sheet says.
 */
class SeedPackTest {

    static final String MEETING = "2018-03-08-cype-cabinet-committee";

    @Test
    void everyItemOfThe8March2018PackStartsWhereTheFrontSheetSays() throws Exception {
        LoadResult load = new ContentLoader().load(Path.of("content"), "content");
        assertThat(load.hasErrors()).isFalse();
        PublishedSite site = Publication.decide(load.model(), Instant.parse("2018-03-08T09:00:00Z"));
        PdfOutput out = new PdfStage(Path.of("templates")).run(site, Path.of("content"));
        assertThat(out.diagnostics()).isEmpty();

        PackLayout layout = out.packs().of(MEETING).orElseThrow();
        byte[] pack = PdfFixture.byPath(out.files()).get("meetings/2018/" + MEETING + "/agenda-pack.pdf");
        String[] pages = PdfFixture.pageTexts(pack);
        assertThat(layout.pageCount()).isEqualTo(pages.length - 1).isGreaterThan(200);

        PublicMeeting meeting = site.meetings().stream().filter(m -> m.id().equals(MEETING)).findFirst().orElseThrow();
        StringBuilder front = new StringBuilder();
        int firstPaper = layout.items().values().stream().mapToInt(PageRange::first).min().orElseThrow();
        for (int p = 1; p < firstPaper; p++) {
            front.append(pages[p]);
        }
        String frontText = flat(front.toString());
        int checked = 0;
        for (PublicItem item : meeting.items()) {
            if (item.documents().isEmpty()) {
                assertThat(layout.items()).doesNotContainKey(item.item().number());
                continue;
            }
            PageRange range = layout.items().get(item.item().number());
            assertThat(frontText).contains("(" + range.label() + ")");
            assertThat(range.first() % 2).as("item %s starts on a right-hand page", item.item().number()).isEqualTo(1);
            assertThat(flat(pages[range.first()])).as("first page of item %s", item.item().number())
                    .contains(flat(firstTitle(item.documents().get(0))));
            checked++;
        }
        assertThat(checked).isEqualTo(13);
        assertThat(layout.items()).hasSize(13);
    }

    private static String firstTitle(PublicDocument d) {
        return d instanceof PublicDocument.OtherMinutes m ? m.minutes().title() : d.title();
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

}
