package org.clusteratlas.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

  @Test
  void the_first_and_last_years_are_accepted() {
    assertThat(new ReportingPeriod(2000, 1).year()).isEqualTo(2000);
    assertThat(new ReportingPeriod(2100, 12).year()).isEqualTo(2100);
  }

  @ParameterizedTest
  @ValueSource(ints = {1999, 2101, 0, -2025})
  void a_year_out_of_range_is_refused_naming_the_bounds(int year) {
    assertThatThrownBy(() -> new ReportingPeriod(year, 6))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("period.year");
              assertThat(e.rejectedValue()).isEqualTo(String.valueOf(year));
              assertThat(e.message(Locale.ENGLISH)).contains("(2000–2100)");
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("（2000—2100）");
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 13, -1})
  void a_month_out_of_1_to_12_is_refused(int month) {
    assertThatThrownBy(() -> new ReportingPeriod(2025, month))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("period.month"));
  }

  @ParameterizedTest
  @CsvSource({
    "2025, 1, 2025-01-31",
    "2024, 2, 2024-02-29",
    "2025, 2, 2025-02-28",
    "2025, 12, 2025-12-31"
  })
  void the_end_date_is_the_last_day_of_the_last_month(int year, int month, LocalDate end) {
    assertThat(new ReportingPeriod(year, month).endDate()).isEqualTo(end);
  }

  @Test
  void the_annual_period_ends_in_december() {
    assertThat(ReportingPeriod.annual(2025)).isEqualTo(new ReportingPeriod(2025, 12));
    assertThat(ReportingPeriod.annual(2025).endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @ParameterizedTest
  @CsvSource({"2025-12, 2025, 12", "2025-3, 2025, 3", "2025-03, 2025, 3"})
  void parse_reads_year_and_month(String text, int year, int month) {
    assertThat(ReportingPeriod.parse(text)).isEqualTo(new ReportingPeriod(year, month));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025/12", "25-12", "2025-123", "2025-12-31", " "})
  void parse_refuses_anything_but_year_dash_month(String text) {
    assertThatThrownBy(() -> ReportingPeriod.parse(text))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("period.format");
              assertThat(e.message(Locale.ENGLISH)).contains("\"" + text + "\"");
            });
  }

  @Test
  void parse_refuses_a_missing_period_and_applies_the_bounds() {
    assertThatThrownBy(() -> ReportingPeriod.parse(null))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("period.format"));
    assertThatThrownBy(() -> ReportingPeriod.parse("2025-13"))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("period.month"));
  }

  @Test
  void a_period_prints_as_it_is_parsed() {
    assertThat(new ReportingPeriod(2025, 3)).hasToString("2025-03");
    assertThat(ReportingPeriod.parse(new ReportingPeriod(2025, 11).toString()))
        .isEqualTo(new ReportingPeriod(2025, 11));
  }

  @Test
  void periods_order_by_year_then_month() {
    assertThat(new ReportingPeriod(2024, 12)).isLessThan(new ReportingPeriod(2025, 1));
    assertThat(new ReportingPeriod(2025, 2)).isLessThan(new ReportingPeriod(2025, 10));
    assertThat(new ReportingPeriod(2025, 6).sameMonthLastYear())
        .isEqualTo(new ReportingPeriod(2024, 6));
  }
}
