package org.agendum.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The query syntax a person expects, and the queries we refuse. */
class UserQueryParserTest {

    @Test
    void readsWordsPhrasesExclusionsFiltersAndDecisionNumbers() throws Exception {
        UserQuery q = UserQueryParser.parse(
                "foster \"rates and charges\" -adoption -\"special guardianship\" 18/00004 educat* committee:cype type:report from:2018-01-01 to:2018-12-31");
        assertThat(q.must()).containsExactly(new UserQuery.Word("foster"), new UserQuery.Phrase("rates and charges"),
                new UserQuery.DecisionNumber("18/00004"), new UserQuery.Prefix("educat"));
        assertThat(q.mustNot()).containsExactly(new UserQuery.Word("adoption"),
                new UserQuery.Phrase("special guardianship"));
        assertThat(q.committee()).isEqualTo("cype");
        assertThat(q.type()).isEqualTo("report");
        assertThat(q.from()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void yearIsADateRangeAndUnknownKeysAreWords() throws Exception {
        UserQuery q = UserQueryParser.parse("year:2019 note:this");
        assertThat(q.from()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(q.must()).containsExactly(new UserQuery.Word("note:this"));
    }

    @Test
    void anUnclosedQuoteRunsToTheEndAndATrailingQuestionMarkIsPunctuation() throws Exception {
        assertThat(UserQueryParser.parse("\"school transport").must())
                .containsExactly(new UserQuery.Phrase("school transport"));
        assertThat(UserQueryParser.parse("schools?").must()).containsExactly(new UserQuery.Word("schools"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*ing", "?ool", "sch*ol", "ab*", "type:spaceship", "from:yesterday", "to:2018-13-01",
        "committee:../../etc", "year:18", "a\u0000b", "a\u200Bb",
        "one two three four five six seven eight nine ten eleven twelve thirteen"})
    void hostileOrMistakenQueriesAreRefusedWithAReason(String q) {
        assertThatThrownBy(() -> UserQueryParser.parse(q)).isInstanceOf(BadQueryException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void tooLongIsRefused() {
        assertThatThrownBy(() -> UserQueryParser.parse("a".repeat(UserQueryParser.MAX_LENGTH + 1)))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("too long");
    }
}
