package org.agendum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClearDaysTest {

    @ParameterizedTest
    @CsvSource({
        "2018-02-28, 2018-03-08, 5",   // the seed agenda: Thu, Fri, Mon, Tue, Wed
        "2012-02-02, 2012-02-15, 8",
        "2018-03-05, 2018-03-08, 2",
        "2018-03-27, 2018-04-06, 5",   // Good Friday 30 March and Easter Monday 2 April don't count
        "2022-05-27, 2022-06-08, 5",   // Spring bank holiday 2 June and Platinum Jubilee 3 June 2022
        "2020-12-23, 2021-01-04, 4",   // 24, 29, 30, 31 Dec: not Christmas (Fri), Boxing Day substitute (Mon 28) or 1 Jan
        "2018-03-08, 2018-03-08, 0"
    })
    void countsWorkingDaysExcludingPublicationAndMeetingDays(LocalDate published, LocalDate meeting, int expected) {
        assertThat(ClearDays.between(published, meeting)).isEqualTo(expected);
    }

    @Test
    void bankHolidaysOfEnglandAndWales2020IncludeTheMovedMayDay() {
        assertThat(BankHolidays.holidays(2020)).containsExactlyInAnyOrder(
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 4, 10), LocalDate.of(2020, 4, 13),
                LocalDate.of(2020, 5, 8), LocalDate.of(2020, 5, 25), LocalDate.of(2020, 8, 31),
                LocalDate.of(2020, 12, 25), LocalDate.of(2020, 12, 28));
    }

    @Test
    void easterDatesAreRight() {
        assertThat(BankHolidays.easterSunday(2018)).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(BankHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(BankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void christmasOnSaturdayMovesBothHolidays() {
        // 2021: Christmas Saturday, Boxing Day Sunday → Mon 27 and Tue 28 December
        assertThat(BankHolidays.holidays(2021)).contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
    }
}
