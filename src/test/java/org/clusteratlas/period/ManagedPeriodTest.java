package org.clusteratlas.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Actor.Role;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Who may accept and unlock a period for which region, and what a lock covers. */
class ManagedPeriodTest {

  private static final ReportingPeriod MARCH = new ReportingPeriod(2025, 3);
  private static final Instant AT = Instant.parse("2025-04-12T02:00:00Z");
  private static final Instant LATER = AT.plusSeconds(3600);
  private static final RegionCode PROVINCE = new RegionCode("360000");
  private static final RegionCode NANCHANG = new RegionCode("360100");
  private static final RegionCode NANCHANG_COUNTY = new RegionCode("360121");
  private static final RegionCode JINGDEZHEN_DISTRICT = new RegionCode("360202");
  private static final RegionCode SHANGRAO = new RegionCode("361100");
  private static final Supplier<List<String>> NO_BLOCKERS = List::of;

  private static final Actor ADMIN = Actor.provinceAdministrator("省工信厅 王");
  private static final Actor NANCHANG_OFFICER = new Actor("南昌市工信局 李", Role.CITY_OFFICER, "360100");
  private static final Actor COUNTY_OFFICER = new Actor("南昌县工信局 赵", Role.CITY_OFFICER, "360121");

  private static ManagedPeriod period() {
    return new ManagedPeriod(MARCH, ReportingWindow.byDefault(MARCH, 10), List.of());
  }

  private static ManagedPeriod acceptedFor(RegionCode... regions) {
    ManagedPeriod p = period();
    for (RegionCode region : regions) {
      p.accept(region, ADMIN, AT, NO_BLOCKERS);
    }
    p.takeSteps();
    p.takeEvents();
    return p;
  }

  private static RuleViolation refusal(Runnable change) {
    try {
      change.run();
    } catch (RuleViolation e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void an_acceptance_locks_the_region_and_records_who_did_it_in_the_history_and_an_event() {
    ManagedPeriod p = period();

    PeriodLock lock = p.accept(NANCHANG, NANCHANG_OFFICER, AT, NO_BLOCKERS);

    assertThat(lock).isEqualTo(new PeriodLock(MARCH, "360100", AT, "南昌市工信局 李", Role.CITY_OFFICER));
    assertThat(p.locks()).containsExactly(lock);
    assertThat(p.takeSteps())
        .containsExactly(
            new PeriodHistoryEntry(
                MARCH, PeriodAction.ACCEPT, "360100", NANCHANG_OFFICER, AT, null, null, null));
    assertThat(p.takeEvents())
        .containsExactly(new PeriodAccepted(MARCH, "360100", NANCHANG_OFFICER, AT));
    assertThat(p.takeEvents()).as("events are taken once").isEmpty();
  }

  @Test
  void the_province_administrator_may_accept_the_province_any_city_and_any_county() {
    for (RegionCode region : List.of(PROVINCE, SHANGRAO, JINGDEZHEN_DISTRICT)) {
      assertThat(ManagedPeriod.mayAccept(ADMIN, region)).as(region.value()).isTrue();
    }
  }

  @Test
  void a_city_bureau_may_accept_its_city_and_its_counties_but_not_another_city_or_the_province() {
    assertThat(ManagedPeriod.mayAccept(NANCHANG_OFFICER, NANCHANG)).isTrue();
    assertThat(ManagedPeriod.mayAccept(NANCHANG_OFFICER, NANCHANG_COUNTY)).isTrue();
    assertThat(ManagedPeriod.mayAccept(NANCHANG_OFFICER, SHANGRAO)).isFalse();
    assertThat(ManagedPeriod.mayAccept(NANCHANG_OFFICER, JINGDEZHEN_DISTRICT)).isFalse();
    assertThat(ManagedPeriod.mayAccept(NANCHANG_OFFICER, PROVINCE)).isFalse();
  }

  @Test
  void a_county_bureau_may_accept_its_own_county_only() {
    assertThat(ManagedPeriod.mayAccept(COUNTY_OFFICER, NANCHANG_COUNTY)).isTrue();
    assertThat(ManagedPeriod.mayAccept(COUNTY_OFFICER, NANCHANG)).isFalse();
    assertThat(ManagedPeriod.mayAccept(COUNTY_OFFICER, new RegionCode("360102"))).isFalse();
  }

  @Test
  void a_city_officer_role_given_the_province_code_may_not_accept_anything() {
    Actor misfiled = new Actor("错配账号", Role.CITY_OFFICER, "360000");

    assertThat(ManagedPeriod.mayAccept(misfiled, NANCHANG)).isFalse();
    assertThat(ManagedPeriod.mayAccept(misfiled, PROVINCE)).isFalse();
  }

  @Test
  void viewers_and_cluster_organisations_are_refused_acceptance_with_who_they_are() {
    for (Actor actor :
        List.of(
            new Actor("领导查看", Role.VIEWER, "360000"),
            new Actor("南昌光电促进会", Role.CLUSTER_ORG, "360100"))) {
      ManagedPeriod p = period();

      RuleViolation e = refusal(() -> p.accept(NANCHANG, actor, AT, NO_BLOCKERS));

      assertThat(e.rule()).isEqualTo("period.accept-forbidden");
      assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
          .contains(actor.name())
          .contains("2025-03")
          .contains("360100");
      assertThat(p.locks()).isEmpty();
      assertThat(p.takeSteps()).isEmpty();
    }
  }

  @Test
  void a_city_bureau_is_refused_acceptance_for_another_city() {
    RuleViolation e = refusal(() -> period().accept(SHANGRAO, NANCHANG_OFFICER, AT, NO_BLOCKERS));

    assertThat(e.rule()).isEqualTo("period.accept-forbidden");
    assertThat(e.message(Locale.ENGLISH)).contains("city_officer").contains("361100");
  }

  @Test
  void accepting_a_region_already_locked_is_refused_naming_when_and_by_whom() {
    ManagedPeriod p = acceptedFor(NANCHANG);

    RuleViolation e = refusal(() -> p.accept(NANCHANG, NANCHANG_OFFICER, LATER, NO_BLOCKERS));

    assertThat(e.rule()).isEqualTo("period.already-locked");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
        .contains("省工信厅 王")
        .contains("2025-04-12T10:00+08:00");
    assertThat(p.locks()).hasSize(1);
    assertThat(p.takeEvents()).isEmpty();
  }

  @Test
  void a_county_cannot_be_accepted_while_its_city_or_the_province_holds_it_locked() {
    assertThat(
            refusal(() -> acceptedFor(NANCHANG).accept(NANCHANG_COUNTY, ADMIN, LATER, NO_BLOCKERS)))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("period.already-locked"))
        .satisfies(e -> assertThat(e.message(Locale.ENGLISH)).contains("accepted for 360100"));
    assertThat(refusal(() -> acceptedFor(PROVINCE).accept(SHANGRAO, ADMIN, LATER, NO_BLOCKERS)))
        .satisfies(e -> assertThat(e.message(Locale.ENGLISH)).contains("accepted for 360000"));
  }

  @Test
  void a_city_may_be_accepted_after_one_of_its_counties_and_the_province_after_a_city() {
    ManagedPeriod p = acceptedFor(NANCHANG_COUNTY);

    p.accept(NANCHANG, NANCHANG_OFFICER, LATER, NO_BLOCKERS);
    p.accept(PROVINCE, ADMIN, LATER, NO_BLOCKERS);

    assertThat(p.locks())
        .extracting(PeriodLock::regionCode)
        .containsExactly("360000", "360100", "360121");
  }

  @Test
  void a_province_lock_covers_every_region_a_city_lock_its_counties_and_a_county_lock_itself() {
    PeriodLock province = new PeriodLock(MARCH, "360000", AT, "王", Role.PROVINCE_ADMIN);
    PeriodLock city = new PeriodLock(MARCH, "360100", AT, "李", Role.CITY_OFFICER);
    PeriodLock county = new PeriodLock(MARCH, "360121", AT, "赵", Role.CITY_OFFICER);

    assertThat(province.covers("361123")).isTrue();
    assertThat(province.covers("360100")).isTrue();
    assertThat(city.covers("360100")).isTrue();
    assertThat(city.covers("360121")).isTrue();
    assertThat(city.covers("360202")).isFalse();
    assertThat(county.covers("360121")).isTrue();
    assertThat(county.covers("360122")).isFalse();
    assertThat(county.covers("360100")).as("a county lock does not lock its city").isFalse();
  }

  @Test
  void open_blockers_refuse_acceptance_naming_how_many_and_the_first_three() {
    ManagedPeriod p = period();
    List<String> open = List.of("企业甲 营业收入异常", "企业乙 利润缺失", "企业丙 人数突变", "企业丁 产值倒挂");

    RuleViolation e = refusal(() -> p.accept(NANCHANG, ADMIN, AT, () -> open));

    assertThat(e.rule()).isEqualTo("period.blocked");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
        .contains("还有 4 个准强制性审核问题")
        .contains("企业甲 营业收入异常; 企业乙 利润缺失; 企业丙 人数突变")
        .doesNotContain("企业丁");
    assertThat(p.locks()).isEmpty();
    assertThat(p.takeSteps()).isEmpty();
    assertThat(p.takeEvents()).isEmpty();
  }

  @Test
  void blockers_are_not_asked_when_the_actor_may_not_accept_or_the_region_is_locked() {
    List<String> asked = new ArrayList<>();
    Supplier<List<String>> recording =
        () -> {
          asked.add("asked");
          return List.of();
        };

    refusal(() -> period().accept(SHANGRAO, NANCHANG_OFFICER, AT, recording));
    refusal(() -> acceptedFor(NANCHANG).accept(NANCHANG, ADMIN, AT, recording));

    assertThat(asked).isEmpty();
  }

  @Test
  void the_province_administrator_unlocks_a_city_with_a_reason_which_is_recorded_and_announced() {
    ManagedPeriod p = acceptedFor(NANCHANG);

    p.unlock(NANCHANG, ADMIN, "  南昌市补报 3 家企业  ", LATER);

    assertThat(p.locks()).isEmpty();
    assertThat(p.takeSteps())
        .containsExactly(
            new PeriodHistoryEntry(
                MARCH, PeriodAction.UNLOCK, "360100", ADMIN, LATER, "南昌市补报 3 家企业", null, null));
    assertThat(p.takeEvents())
        .containsExactly(new PeriodUnlocked(MARCH, "360100", ADMIN, LATER, "南昌市补报 3 家企业"));
  }

  @Test
  void the_province_administrator_unlocks_the_provinces_own_acceptance_leaving_the_cities() {
    ManagedPeriod p = acceptedFor(NANCHANG, PROVINCE);

    p.unlock(PROVINCE, ADMIN, "国家统计局反馈需修正", LATER);

    assertThat(p.locks()).extracting(PeriodLock::regionCode).containsExactly("360100");
  }

  @Test
  void a_city_bureau_cannot_unlock_its_own_acceptance_only_the_level_above_can() {
    ManagedPeriod p = acceptedFor(NANCHANG);

    RuleViolation e = refusal(() -> p.unlock(NANCHANG, NANCHANG_OFFICER, "补报", LATER));

    assertThat(e.rule()).isEqualTo("period.unlock-forbidden");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("南昌市工信局 李").contains("上一级");
    assertThat(p.locks()).hasSize(1);
  }

  @Test
  void a_city_bureau_may_unlock_a_county_of_its_city_and_no_other() {
    assertThat(ManagedPeriod.mayUnlock(NANCHANG_OFFICER, NANCHANG_COUNTY)).isTrue();
    assertThat(ManagedPeriod.mayUnlock(NANCHANG_OFFICER, JINGDEZHEN_DISTRICT)).isFalse();
    assertThat(ManagedPeriod.mayUnlock(NANCHANG_OFFICER, PROVINCE)).isFalse();
    assertThat(ManagedPeriod.mayUnlock(COUNTY_OFFICER, NANCHANG_COUNTY)).isFalse();
    assertThat(ManagedPeriod.mayUnlock(new Actor("查看", Role.VIEWER, "360000"), NANCHANG_COUNTY))
        .isFalse();
    assertThat(ManagedPeriod.mayUnlock(ADMIN, PROVINCE)).isTrue();
  }

  @Test
  void an_unlock_without_a_written_reason_is_refused_and_keeps_the_lock() {
    ManagedPeriod p = acceptedFor(NANCHANG);

    for (String reason : new String[] {null, "", "   "}) {
      RuleViolation e = refusal(() -> p.unlock(NANCHANG, ADMIN, reason, LATER));
      assertThat(e.rule()).isEqualTo("period.reason-missing");
    }
    assertThat(p.locks()).hasSize(1);
    assertThat(p.takeEvents()).isEmpty();
  }

  @Test
  void unlocking_a_region_that_is_not_itself_accepted_is_refused() {
    RuleViolation e =
        refusal(() -> acceptedFor(NANCHANG).unlock(NANCHANG_COUNTY, ADMIN, "补报", LATER));

    assertThat(e.rule()).isEqualTo("period.not-locked");
    assertThat(e.message(Locale.ENGLISH)).contains("360121").contains("2025-03");
  }

  @Test
  void the_province_administrator_sets_a_window_which_is_recorded_with_its_times() {
    ManagedPeriod p = period();
    Instant opens = Instant.parse("2025-03-31T16:00:00Z");
    Instant closes = Instant.parse("2025-04-15T16:00:00Z");

    ReportingWindow window = p.setWindow(opens, closes, ADMIN, AT);

    assertThat(window).isEqualTo(new ReportingWindow(MARCH, opens, closes, true));
    assertThat(p.window()).isEqualTo(window);
    assertThat(p.takeSteps())
        .containsExactly(
            new PeriodHistoryEntry(
                MARCH, PeriodAction.WINDOW_SET, "360000", ADMIN, AT, null, opens, closes));
  }

  @Test
  void only_the_province_administrator_sets_a_window_and_not_once_the_province_accepted() {
    Instant opens = Instant.parse("2025-03-31T16:00:00Z");
    Instant closes = Instant.parse("2025-04-15T16:00:00Z");

    assertThat(refusal(() -> period().setWindow(opens, closes, NANCHANG_OFFICER, AT)).rule())
        .isEqualTo("period.window-forbidden");
    assertThat(refusal(() -> acceptedFor(PROVINCE).setWindow(opens, closes, ADMIN, AT)).rule())
        .isEqualTo("period.window-locked");
    ManagedPeriod cityOnly = acceptedFor(NANCHANG);
    cityOnly.setWindow(opens, closes, ADMIN, AT);
    assertThat(cityOnly.window().overridden())
        .as("a city's acceptance does not freeze it")
        .isTrue();
  }
}
