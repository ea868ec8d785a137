package org.agendum.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendum.model.Member;
import org.junit.jupiter.api.Test;

class MembershipTest {

    @Test
    void groupsByPartyInFirstAppearanceOrderWithNonVotingLast() {
        List<Membership> groups = Membership.of(List.of(
                new Member("Mr A", "Chairman", "Conservative", true),
                new Member("Mrs B", null, "Labour", true),
                new Member("Mr C", null, "Church Representatives", false),
                new Member("Mrs D", "Vice-Chairman", "Conservative", true)));
        assertThat(groups).extracting(Membership::heading)
                .containsExactly("Conservative", "Labour", "Non-voting members");
        assertThat(groups.get(0).members()).containsExactly(
                new Membership.Person("Mr A", "Chairman"), new Membership.Person("Mrs D", "Vice-Chairman"));
        assertThat(groups.get(2).members()).containsExactly(new Membership.Person("Mr C", "Church Representatives"));
    }

    @Test
    void membersWithoutGroupsFormOneUnheadedList() {
        List<Membership> groups = Membership.of(List.of(new Member("Mr A", "Chair", null, true),
                new Member("Mrs B", null, null, true)));
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.heading()).isNull();
            assertThat(g.members()).hasSize(2);
        });
    }
}
