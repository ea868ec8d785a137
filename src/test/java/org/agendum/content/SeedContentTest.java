package org.agendum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.agendum.model.Attendee;
import org.agendum.model.ContentModel;
import org.agendum.model.Decision;
import org.agendum.model.DecisionStatus;
import org.agendum.model.Item;
import org.agendum.model.Meeting;
import org.agendum.model.Minute;
import org.agendum.model.Paper;
import org.agendum.model.PaperRef;
import org.agendum.model.Plan;
import org.agendum.model.Priority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped content/ loads cleanly and carries the facts of the real seed papers. */
class SeedContentTest {

    static LoadResult result;
    static ContentModel model;

    @BeforeAll
    static void load() {
        result = new ContentLoader().load(Path.of("content"), "content");
        model = result.model();
    }

    @Test
    void loadsWithoutErrorsOrWarnings() {
        assertThat(result.diagnostics()).isEmpty();
        assertThat(model).isNotNull();
    }

    @Test
    void hasEveryCommitteeAndMeetingOfTheSeeds() {
        assertThat(model.committees()).extracting(c -> c.slug()).containsExactly(
                "corporate-parenting-panel", "cype-cabinet-committee", "select-committee-extended-services");
        assertThat(model.meetings()).extracting(Meeting::id).containsExactly(
                "2012-02-15-select-committee-extended-services", "2017-11-09-corporate-parenting-panel",
                "2018-01-18-cype-cabinet-committee", "2018-03-08-cype-cabinet-committee");
    }

    @Test
    void theMarch2018AgendaHasItsSeventeenItemsAndPapers() {
        Meeting m = model.meeting("2018-03-08-cype-cabinet-committee").orElseThrow();
        assertThat(m.items()).hasSize(17);
        assertThat(m.items()).extracting(Item::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17");
        assertThat(m.agendaPublished()).hasToString("2018-02-28");
        assertThat(m.venue()).isEqualTo("Darent Room, Sessions House, County Hall, Maidstone");
        Item rates = m.items().get(6);
        assertThat(rates.decision()).isEqualTo("18/00004");
        assertThat(rates.papers().get(0)).isEqualTo(new PaperRef.File("07-rates-and-charges-2018-19.md", null,
                rates.papers().get(0).source()));
        assertThat(m.items().get(3).papers()).singleElement().isInstanceOf(PaperRef.Minutes.class);
        assertThat(model.papers().stream().filter(p -> p.meetingId().equals(m.id()))).hasSize(26);
        assertThat(ClearDays.between(m.agendaPublished(), m.date())).isEqualTo(5);
    }

    @Test
    void committeeMembershipMatchesTheAgendaFrontSheet() {
        var cype = model.committee("cype-cabinet-committee").orElseThrow();
        assertThat(cype.size()).isEqualTo(18);
        assertThat(cype.members()).hasSize(18);
        assertThat(cype.members().get(0).name()).isEqualTo("Mr G Cooke");
        assertThat(cype.members().get(0).role()).isEqualTo("Chairman");
        assertThat(cype.members().stream().filter(x -> "Church Representatives".equals(x.group()))).hasSize(3);
    }

    @Test
    void decisionsAreTheSeedRecords() {
        assertThat(model.decisions()).extracting(Decision::number)
                .containsExactly("17/00023", "18/00004", "18/00006", "18/00012", "18/00013");
        assertThat(model.decision("17/00023").orElseThrow().status()).isEqualTo(DecisionStatus.TAKEN);
        assertThat(model.decision("18/00004").orElseThrow().status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(model.decision("18/00004").orElseThrow().report())
                .isEqualTo("2018-03-08-cype-cabinet-committee/07-rates-and-charges-2018-19");
    }

    @Test
    void januaryMinutesRecordAttendanceAndNumberedMinutes() {
        Paper minutes = model.paper("2018-01-18-cype-cabinet-committee", "minutes").orElseThrow();
        var details = minutes.minutes();
        assertThat(details.present()).hasSize(15);
        assertThat(details.present()).extracting(Attendee::substituteFor).filteredOn(s -> s != null).hasSize(2);
        assertThat(details.officers()).hasSize(10);
        assertThat(details.apologies()).hasSize(3);
        assertThat(details.minutes()).extracting(Minute::number)
                .containsExactly("66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78");
        assertThat(details.minutes().get(0).item()).isEqualTo("2");
        assertThat(details.minutes().get(0).anchor()).isEqualTo("minute-66");
        assertThat(minutes.body().html()).contains("id=\"minute-66\"").doesNotContain("minute=\"");
    }

    @Test
    void pershorePlanTotalsAddUp() {
        Plan pershore = model.plans().stream().filter(p -> p.slug().equals("pershore-action-plan-2008-09"))
                .findFirst().orElseThrow();
        assertThat(pershore.priorities()).hasSize(15);
        BigDecimal section1 = sum(pershore.priorities(), "Section 1");
        BigDecimal section2 = sum(pershore.priorities(), "Section 2");
        BigDecimal section3 = sum(pershore.priorities(), "Section 3");
        assertThat(section1).isEqualByComparingTo("83046");
        assertThat(section2).isEqualByComparingTo("58000");
        assertThat(section1.add(section2)).isEqualByComparingTo("141046");
        assertThat(section3).isEqualByComparingTo("90000");
        for (Priority p : pershore.priorities()) {
            if (p.total() != null && p.total().amount() != null) {
                assertThat(p.computedTotal()).as(p.title()).isEqualByComparingTo(p.total().amount());
            }
        }
    }

    @Test
    void everyPlanKindOfTheSeedsIsThere() {
        assertThat(model.plans()).extracting(Plan::slug).containsExactly(
                "cfe-operating-plan-and-outturn-monitoring-2007-08", "pershore-action-plan-2008-09",
                "standards-and-achievement-operating-plan-2008-09");
    }

    private static BigDecimal sum(List<Priority> priorities, String section) {
        return priorities.stream().filter(p -> section.equals(p.section())).map(Priority::computedTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
