package org.clusteratlas.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The reporting window of a period and what counts as a late report (迟报). */
class ReportingWindowTest {

  private static final ReportingPeriod MARCH = new ReportingPeriod(2025, 3);

  private static Instant beijing(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
  }

  @Test
  void
      the_default_window_runs_from_the_first_to_the_end_of_the_tenth_of_the_next_month_beijing_time() {
    ReportingWindow window = ReportingWindow.byDefault(MARCH, 10);

    assertThat(window.opensAt()).isEqualTo(beijing("2025-04-01T00:00:00"));
    assertThat(window.closesAt()).isEqualTo(beijing("2025-04-11T00:00:00"));
    assertThat(window.closesAt()).isEqualTo(Instant.parse("2025-04-10T16:00:00Z"));
    assertThat(window.overridden()).isFalse();
  }

  @Test
  void december_reports_are_due_in_january_of_the_next_year() {
    ReportingWindow window = ReportingWindow.byDefault(ReportingPeriod.annual(2025), 10);

    assertThat(window.opensAt()).isEqualTo(beijing("2026-01-01T00:00:00"));
    assertThat(window.closesAt()).isEqualTo(beijing("2026-01-11T00:00:00"));
  }

  @Test
  void another_close_day_moves_the_close_and_not_the_opening() {
    ReportingWindow window = ReportingWindow.byDefault(new ReportingPeriod(2024, 1), 28);

    assertThat(window.opensAt()).isEqualTo(beijing("2024-02-01T00:00:00"));
    assertThat(window.closesAt()).isEqualTo(beijing("2024-02-29T00:00:00"));
  }

  @Test
  void a_report_received_in_the_last_instant_of_the_tenth_is_on_time_and_one_at_midnight_is_late() {
    ReportingWindow window = ReportingWindow.byDefault(MARCH, 10);

    assertThat(window.isLate(beijing("2025-04-10T23:59:59.999999999"))).isFalse();
    assertThat(window.isLate(beijing("2025-04-11T00:00:00"))).isTrue();
    assertThat(window.isLate(beijing("2025-06-30T12:00:00"))).isTrue();
  }

  @Test
  void a_report_received_before_the_window_opens_is_not_late() {
    assertThat(ReportingWindow.byDefault(MARCH, 10).isLate(beijing("2025-03-31T18:00:00")))
        .isFalse();
  }

  @Test
  void a_window_set_by_hand_decides_lateness_by_its_own_close() {
    ReportingWindow window =
        new ReportingWindow(
            MARCH, beijing("2025-04-01T00:00:00"), beijing("2025-04-16T00:00:00"), true);

    assertThat(window.isLate(beijing("2025-04-15T20:00:00"))).isFalse();
    assertThat(window.isLate(beijing("2025-04-16T00:00:00"))).isTrue();
  }

  @Test
  void a_close_day_that_february_lacks_is_refused() {
    assertThatThrownBy(() -> ReportingWindow.byDefault(MARCH, 29))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("period.close-day");
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("29").contains("1 至 28");
            });
    assertThatThrownBy(() -> new PeriodProperties(0))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("period.close-day"));
  }

  @Test
  void a_window_that_closes_when_or_before_it_opens_is_refused_in_beijing_time() {
    Instant opens = beijing("2025-04-12T00:00:00");

    assertThatThrownBy(() -> new ReportingWindow(MARCH, opens, opens, true))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("period.window-order");
              assertThat(e.message(Locale.ENGLISH))
                  .contains("2025-03")
                  .contains("2025-04-12T00:00+08:00");
            });
    assertThatThrownBy(() -> new ReportingWindow(MARCH, opens, null, true))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("period.window-missing"));
  }
}
