package org.clusteratlas.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Actor.Role;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting periods stored in the embedded database: windows, locks and history survive a
 * reload, refusals leave the tables as they were. A far-off period (2031) keeps the tests clear of
 * any data the demo might gain.
 */
@AtlasIntegrationTest
@Transactional
@RecordApplicationEvents
class ReportingPeriodsIntegrationTests {

  private static final ReportingPeriod MARCH = new ReportingPeriod(2031, 3);
  private static final Actor ADMIN = Actor.provinceAdministrator("测试 省工信厅");
  private static final Actor NANCHANG_OFFICER = new Actor("测试 南昌市工信局", Role.CITY_OFFICER, "360100");

  @Autowired ReportingPeriods periods;
  @Autowired TestAcceptanceBlockers testBlockers;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  @AfterEach
  void clearBlockers() {
    testBlockers.clear();
  }

  private static Instant beijing(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
  }

  private long rows(String table) {
    return jdbc.sql("select count(*) from " + table + " where year = 2031")
        .query(Long.class)
        .single();
  }

  @Test
  void a_period_without_a_window_set_has_the_default_window_closing_after_the_tenth() {
    ReportingWindow window = periods.window(MARCH);

    assertThat(window).isEqualTo(ReportingWindow.byDefault(MARCH, 10));
    assertThat(periods.isLate(MARCH, beijing("2031-04-10T23:59:59"))).isFalse();
    assertThat(periods.isLate(MARCH, beijing("2031-04-11T00:00:00"))).isTrue();
  }

  @Test
  void a_window_set_by_the_province_administrator_is_stored_and_decides_lateness() {
    periods.setWindow(MARCH, beijing("2031-04-01T00:00:00"), beijing("2031-04-16T00:00:00"), ADMIN);

    assertThat(periods.window(MARCH).overridden()).isTrue();
    assertThat(periods.window(MARCH).closesAt()).isEqualTo(beijing("2031-04-16T00:00:00"));
    assertThat(periods.isLate(MARCH, beijing("2031-04-15T09:00:00"))).isFalse();
    assertThat(periods.window(new ReportingPeriod(2031, 4)).overridden())
        .as("other periods keep the default")
        .isFalse();

    periods.setWindow(MARCH, beijing("2031-04-01T00:00:00"), beijing("2031-04-20T00:00:00"), ADMIN);
    assertThat(periods.window(MARCH).closesAt()).isEqualTo(beijing("2031-04-20T00:00:00"));
    assertThat(periods.history(MARCH))
        .extracting(PeriodHistoryEntry::action, PeriodHistoryEntry::closesAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                PeriodAction.WINDOW_SET, beijing("2031-04-16T00:00:00")),
            org.assertj.core.groups.Tuple.tuple(
                PeriodAction.WINDOW_SET, beijing("2031-04-20T00:00:00")));
  }

  @Test
  void an_acceptance_is_stored_locks_the_city_and_its_counties_and_is_announced() {
    PeriodLock lock = periods.accept(MARCH, "360100", NANCHANG_OFFICER);

    assertThat(periods.locks(MARCH)).containsExactly(lock);
    assertThat(lock.acceptedBy()).isEqualTo("测试 南昌市工信局");
    assertThat(periods.isLocked(MARCH, "360121")).isTrue();
    assertThat(periods.isLocked(MARCH, "360100")).isTrue();
    assertThat(periods.isLocked(MARCH, "360202")).isFalse();
    assertThat(periods.isLocked(new ReportingPeriod(2031, 4), "360121")).isFalse();
    assertThat(events.stream(PeriodAccepted.class))
        .containsExactly(new PeriodAccepted(MARCH, "360100", NANCHANG_OFFICER, lock.acceptedAt()));
    assertThat(periods.history(MARCH))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.action()).isEqualTo(PeriodAction.ACCEPT);
              assertThat(h.actor()).isEqualTo(NANCHANG_OFFICER);
              assertThat(h.at()).isEqualTo(lock.acceptedAt());
            });
  }

  @Test
  void a_county_acceptance_locks_that_county_only_and_the_provinces_locks_every_region() {
    periods.accept(MARCH, "360121", NANCHANG_OFFICER);

    assertThat(periods.isLocked(MARCH, "360121")).isTrue();
    assertThat(periods.isLocked(MARCH, "360102")).isFalse();

    periods.accept(MARCH, "360000", ADMIN);

    assertThat(periods.isLocked(MARCH, "360102")).isTrue();
    assertThat(periods.isLocked(MARCH, "361123")).isTrue();
  }

  @Test
  void an_unlock_removes_the_lock_keeps_the_reason_in_the_history_and_is_announced() {
    periods.accept(MARCH, "360100", NANCHANG_OFFICER);

    periods.unlock(MARCH, "360100", ADMIN, "南昌市 2 家企业补报");

    assertThat(periods.locks(MARCH)).isEmpty();
    assertThat(periods.isLocked(MARCH, "360121")).isFalse();
    assertThat(periods.history(MARCH))
        .extracting(PeriodHistoryEntry::action, PeriodHistoryEntry::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PeriodAction.ACCEPT, null),
            org.assertj.core.groups.Tuple.tuple(PeriodAction.UNLOCK, "南昌市 2 家企业补报"));
    assertThat(events.stream(PeriodUnlocked.class))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("南昌市 2 家企业补报"));
  }

  @Test
  void accepting_twice_is_refused_and_stores_nothing_more() {
    periods.accept(MARCH, "360100", ADMIN);

    assertThatThrownBy(() -> periods.accept(MARCH, "360100", NANCHANG_OFFICER))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("period.already-locked"));
    assertThat(rows("period_lock")).isEqualTo(1);
    assertThat(rows("period_event")).isEqualTo(1);
  }

  @Test
  void a_region_outside_the_province_or_not_in_the_directory_is_refused() {
    for (String code : List.of("330000", "360199", "310101")) {
      assertThatThrownBy(() -> periods.accept(MARCH, code, ADMIN))
          .as(code)
          .isInstanceOfSatisfying(
              RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("period.region-unknown"));
    }
    assertThatThrownBy(() -> periods.accept(MARCH, "3601", ADMIN))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("region-code.format"));
    assertThat(rows("period_lock")).isZero();
  }

  @Test
  void open_blockers_from_an_acceptance_blockers_bean_refuse_acceptance_in_chinese_by_default() {
    testBlockers.open(MARCH, "360100", "91360100MA35L0001X 营业收入低于上月累计", "91360100MA35L0002X 利润缺失");

    assertThatThrownBy(() -> periods.accept(MARCH, "360100", NANCHANG_OFFICER))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("period.blocked");
              assertThat(e.getMessage())
                  .contains("2 个准强制性审核问题")
                  .contains("zh: 91360100MA35L0001X 营业收入低于上月累计");
            });
    assertThat(rows("period_lock")).isZero();
    assertThat(rows("period_event")).isZero();
    assertThat(events.stream(PeriodAccepted.class)).isEmpty();

    testBlockers.clear();
    periods.accept(MARCH, "360100", NANCHANG_OFFICER);
    assertThat(periods.isLocked(MARCH, "360100")).isTrue();
  }

  @Test
  void the_stored_history_names_the_actors_role_and_region() {
    periods.accept(MARCH, "360121", NANCHANG_OFFICER);

    assertThat(
            jdbc.sql(
                    "select action || ' ' || region_code || ' ' || actor_role || ' '"
                        + " || actor_region from period_event where year = 2031")
                .query(String.class)
                .single())
        .isEqualTo("accept 360121 city_officer 360100");
  }
}
