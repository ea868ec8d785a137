package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.agendum.content.ContentLoader;
import org.agendum.content.LoadResult;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publishing rules of the spec, each one on the minimal fixture site. */
class PublicationTest {

    private static final String MEETING = "meetings/2018/2018-03-08-test-committee/";
    private static final Instant AFTER = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path tmp;

    private ContentModel load(Path content) {
        LoadResult r = new ContentLoader().load(content, "content");
        assertThat(r.diagnostics()).isEmpty();
        return r.model();
    }

    private Path site() {
        return Fixtures.minimalWith(null, tmp);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to));
    }

    @Test
    void publishedPaperIsListedWithItsItem() {
        PublishedSite site = Publication.decide(load(site()), AFTER);
        assertThat(site.papers()).extracting(Paper::slug).containsExactly("minutes", "03-rates");
        PublicMeeting m = site.meetings().get(1);
        assertThat(m.items().get(2).documents()).extracting(PublicDocument::title)
                .containsExactly("Rates for 2018-19", "Record of decision 18/00004");
    }

    @Test
    void draftPaperLeavesNoTrace() throws IOException {
        Path c = site();
        replace(c.resolve(MEETING + "03-rates.md"), "title: Rates for 2018-19", "title: Rates for 2018-19\ndraft: true");
        ContentModel model = load(c);
        PublishedSite site = Publication.decide(model, AFTER);
        assertThat(site.papers()).extracting(Paper::slug).containsExactly("minutes");
        assertThat(site.meetings().get(1).items().get(2).documents()).extracting(PublicDocument::title)
                .containsExactly("Record of decision 18/00004");
        assertThat(site.meetings().get(1).meeting().items()).allSatisfy(i -> assertThat(i.papers()).isEmpty());
        assertThat(Publication.stateOf(model, model.paper(MEETING.split("/")[2], "03-rates").orElseThrow(), AFTER))
                .isInstanceOf(PublicationState.Draft.class);
    }

    @Test
    void embargoHoldsUntilItsInstantAndThenPublishes() throws IOException {
        Path c = site();
        replace(c.resolve(MEETING + "03-rates.md"), "title: Rates for 2018-19",
                "title: Rates for 2018-19\npublished: 2018-03-01T09:00:00Z");
        ContentModel model = load(c);
        assertThat(Publication.decide(model, Instant.parse("2018-03-01T08:59:59Z")).papers())
                .extracting(Paper::slug).doesNotContain("03-rates");
        assertThat(Publication.decide(model, Instant.parse("2018-03-01T09:00:00Z")).papers())
                .extracting(Paper::slug).contains("03-rates");
    }

    @Test
    void exemptItemCoversItsPapersWhateverTheirClassification() throws IOException {
        Path c = site();
        replace(c.resolve(MEETING + "meeting.yaml"), "    exempt:\n      paragraph: 3",
                "    exempt:\n      paragraph: 3\n    papers: [04-land.md]");
        Files.writeString(c.resolve(MEETING + "04-land.md"), "---\ntitle: Land at Canary Farm\nbackground_documents: []\n---\nSecret.\n");
        PublishedSite site = Publication.decide(load(c), AFTER);
        assertThat(site.papers()).extracting(Paper::slug).doesNotContain("04-land");
        PublicItem exempt = site.meetings().get(1).items().get(3);
        assertThat(exempt.documents()).isEmpty();
        assertThat(exempt.item().title()).isEqualTo("Land disposal");
        assertThat(exempt.item().exempt().statutoryLine())
                .isEqualTo("Exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972");
    }

    @Test
    void beforeTheAgendaIsIssuedOnlyCommitteeDateTimeAndVenueShow() {
        ContentModel model = load(site());
        // agenda_published 2018-02-28 means from 00:00 London time that day
        PublishedSite before = Publication.decide(model, Instant.parse("2018-02-27T23:59:59Z"));
        PublicMeeting m = before.meetings().get(1);
        assertThat(m.agendaIssued()).isFalse();
        assertThat(m.items()).isEmpty();
        assertThat(m.meeting().items()).isEmpty();
        assertThat(m.meeting().notices()).isEmpty();
        assertThat(m.meeting().venue()).isEqualTo("Council Chamber, Town Hall");
        assertThat(before.papers()).extracting(Paper::slug).containsExactly("minutes");
        assertThat(Publication.decide(model, Instant.parse("2018-02-28T00:00:00Z")).meetings().get(1).agendaIssued())
                .isTrue();
    }

    @Test
    void draftAndExemptDecisionsAreNotPublished() throws IOException {
        Path c = site();
        replace(c.resolve("decisions/18-00004.md"), "status: proposed", "status: proposed\ndraft: true");
        PublishedSite site = Publication.decide(load(c), AFTER);
        assertThat(site.decisions()).isEmpty();
        assertThat(site.meetings().get(1).items().get(2).decision()).isNull();
    }
}
