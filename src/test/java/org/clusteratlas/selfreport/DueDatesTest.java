package org.clusteratlas.selfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.Designation;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.region.RegionCode;
import org.junit.jupiter.api.Test;

/** When a year's self-report is due, by the cluster's designations, and when it is late. */
class DueDatesTest {

  private static final DueDates DEFAULTS =
      new SelfReportProperties(new SelfReportProperties.Due("04-30", "03-31", "03-31")).dueDates();

  private static Cluster cluster(DesignationKind... kinds) {
    List<Designation> held = new ArrayList<>();
    held.add(Designation.granted(DesignationKind.PROVINCIAL, LocalDate.of(2020, 5, 1), "doc"));
    for (DesignationKind k : kinds) {
      held.add(Designation.granted(k, LocalDate.of(2022, 5, 1), "doc"));
    }
    return new Cluster(
        new ClusterId(7),
        "测试产业集群",
        List.of(new ClusterHost(new RegionCode("360124"), null)),
        "35",
        null,
        null,
        false,
        held);
  }

  @Test
  void a_provincial_cluster_holding_no_other_designation_is_due_by_the_default_31_march() {
    assertThat(DEFAULTS.dueOn(cluster(), 2025)).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void a_national_sme_characteristic_cluster_is_due_by_30_april() {
    assertThat(DEFAULTS.dueOn(cluster(DesignationKind.NATIONAL_SME_CHARACTERISTIC), 2025))
        .isEqualTo(LocalDate.of(2026, 4, 30));
  }

  @Test
  void an_advanced_manufacturing_cluster_is_due_by_31_march_and_with_both_the_earliest_applies() {
    assertThat(DEFAULTS.dueOn(cluster(DesignationKind.NATIONAL_ADVANCED_MANUFACTURING), 2025))
        .isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(
            DEFAULTS.dueOn(
                cluster(
                    DesignationKind.NATIONAL_SME_CHARACTERISTIC,
                    DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING),
                2025))
        .isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void the_dates_are_configurable_and_the_earliest_still_wins() {
    DueDates other = new DueDates(MonthDay.of(5, 15), MonthDay.of(4, 20), MonthDay.of(6, 30));

    assertThat(other.dueOn(cluster(), 2024)).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(other.dueOn(cluster(DesignationKind.NATIONAL_SME_CHARACTERISTIC), 2024))
        .isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(
            other.dueOn(
                cluster(
                    DesignationKind.NATIONAL_SME_CHARACTERISTIC,
                    DesignationKind.NATIONAL_ADVANCED_MANUFACTURING),
                2024))
        .isEqualTo(LocalDate.of(2025, 4, 20));
  }

  @Test
  void a_designation_granted_after_the_years_end_does_not_count_for_that_year() {
    Cluster c = cluster(DesignationKind.NATIONAL_SME_CHARACTERISTIC);

    // granted 2022-05-01: the 2021 report is due as a plain provincial cluster's
    assertThat(DEFAULTS.dueOn(c, 2021)).isEqualTo(LocalDate.of(2022, 3, 31));
  }

  @Test
  void a_report_is_on_time_to_the_end_of_its_due_day_beijing_time() {
    LocalDate due = LocalDate.of(2026, 3, 31);

    assertThat(DueDates.late(due, Instant.parse("2026-03-31T15:59:59Z"))).isFalse();
    assertThat(DueDates.late(due, Instant.parse("2026-03-31T16:00:00Z"))).isTrue();
  }

  @Test
  void a_setting_that_is_not_a_month_day_is_refused_at_start_up() {
    assertThatThrownBy(() -> new SelfReportProperties.Due("04-31", "03-31", "03-31"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("04-31");
    assertThatThrownBy(() -> new SelfReportProperties.Due("April", "03-31", "03-31"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
