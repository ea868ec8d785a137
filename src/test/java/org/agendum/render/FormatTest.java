package org.agendum.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void datesReadAsGovUkWritesThem() {
        assertThat(Format.longDate(LocalDate.of(2018, 3, 8))).isEqualTo("Thursday 8 March 2018");
        assertThat(Format.date(LocalDate.of(2018, 3, 8))).isEqualTo("8 March 2018");
        assertThat(Format.date(null)).isNull();
    }

    @Test
    void timesUseAmPmAndNoon() {
        assertThat(Format.time(LocalTime.of(10, 0))).isEqualTo("10am");
        assertThat(Format.time(LocalTime.of(14, 30))).isEqualTo("2:30pm");
        assertThat(Format.time(LocalTime.of(12, 0))).isEqualTo("12 noon");
        assertThat(Format.time(LocalTime.of(0, 5))).isEqualTo("12:05am");
        assertThat(Format.time(LocalTime.of(12, 15))).isEqualTo("12:15pm");
    }

    @Test
    void sizesAndMoney() {
        assertThat(Format.size(57)).isEqualTo("57 bytes");
        assertThat(Format.size(340_400)).isEqualTo("340 KB");
        assertThat(Format.size(1_234_567)).isEqualTo("1.2 MB");
        assertThat(Format.money(new BigDecimal("38996"))).isEqualTo("£38,996");
        assertThat(Format.money(new BigDecimal("1234.5"))).isEqualTo("£1,234.50");
        assertThat(Format.money(new BigDecimal("40000.00"))).isEqualTo("£40,000");
    }

    @Test
    void fileKinds() {
        assertThat(Format.fileKind("application/pdf", "pdf")).isEqualTo("PDF");
        assertThat(Format.fileKind("application/octet-stream", "dwg")).isEqualTo("DWG file");
    }
}
