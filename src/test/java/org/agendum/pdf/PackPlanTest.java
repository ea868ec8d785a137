package org.agendum.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.agendum.model.PageRange;
import org.junit.jupiter.api.Test;

class PackPlanTest {

    @Test
    void matchesTheSeedPackOpening() {
        // The real 8 March 2018 pack: a 4-page front sheet, 12 pages of minutes (5 - 16),
        // 6 pages of panel minutes (17 - 22), a one-page verbal update (23), then item 7 at 25.
        PackPlan plan = PackPlan.of(4, List.of(
                new PackPlan.Item("1", List.of()),
                new PackPlan.Item("4", List.of(12)),
                new PackPlan.Item("5", List.of(6)),
                new PackPlan.Item("6", List.of(1)),
                new PackPlan.Item("7", List.of(10, 2, 4))));
        assertThat(plan.ranges()).containsExactly(
                java.util.Map.entry("4", new PageRange(5, 16)),
                java.util.Map.entry("5", new PageRange(17, 22)),
                java.util.Map.entry("6", new PageRange(23, 23)),
                java.util.Map.entry("7", new PageRange(25, 40)));
        assertThat(plan.starts().get(4)).containsExactly(25, 35, 37);
        assertThat(plan.labels().get("6")).isEqualTo("Page 23");
        assertThat(plan.pageCount()).isEqualTo(40);
    }

    @Test
    void oddFrontSheetIsFollowedByABlankPage() {
        PackPlan plan = PackPlan.of(3, List.of(new PackPlan.Item("2", List.of(1, 1))));
        assertThat(plan.starts().get(0)).containsExactly(5, 7);
        assertThat(plan.blankBefore().get(0)).containsExactly(true, true);
        assertThat(plan.ranges().get("2")).isEqualTo(new PageRange(5, 7));
    }

    @Property
    void everyDocumentStartsOnAnOddPageAndRangesDoNotOverlap(
            @ForAll @IntRange(min = 1, max = 9) int front,
            @ForAll @Size(max = 6) List<@Size(max = 4) List<@IntRange(min = 1, max = 7) Integer>> docs) {
        List<PackPlan.Item> items = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            items.add(new PackPlan.Item(String.valueOf(i + 1), docs.get(i)));
        }
        PackPlan plan = PackPlan.of(front, items);
        int lastEnd = front;
        int total = front;
        for (int i = 0; i < docs.size(); i++) {
            for (int j = 0; j < docs.get(i).size(); j++) {
                int start = plan.starts().get(i).get(j);
                assertThat(start % 2).isEqualTo(1);
                total += docs.get(i).get(j) + (plan.blankBefore().get(i).get(j) ? 1 : 0);
            }
            PageRange r = plan.ranges().get(String.valueOf(i + 1));
            if (docs.get(i).isEmpty()) {
                assertThat(r).isNull();
            } else {
                assertThat(r.first()).isGreaterThan(lastEnd);
                assertThat(r.last()).isGreaterThanOrEqualTo(r.first());
                lastEnd = r.last();
            }
        }
        assertThat(plan.pageCount()).isEqualTo(total);
    }
}
