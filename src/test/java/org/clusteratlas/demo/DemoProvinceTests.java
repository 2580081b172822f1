package org.clusteratlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.indicator.Aggregate;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo province is realistic in the ways the core issue asks for, and deterministic. */
@AtlasIntegrationTest
class DemoProvinceTests {

  @Autowired JdbcClient jdbc;
  @Autowired ClusterRegister clusters;
  @Autowired IndicatorReadModel indicators;
  @Autowired RegionDirectory regions;

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void the_2025_frame_holds_18_to_20_thousand_enterprises() {
    assertThat(count("select count(*) from enterprise_frame where year = 2025"))
        .isBetween(18_000L, 20_000L);
  }

  @Test
  void firms_enter_and_leave_the_frame_every_year() {
    for (int year = 2021; year <= 2025; year++) {
      long entered =
          count(
              "select count(*) from enterprise_frame f where year = "
                  + year
                  + " and not exists (select 1 from enterprise_frame p where p.year = f.year - 1"
                  + " and p.enterprise_id = f.enterprise_id)");
      long left =
          count(
              "select count(*) from enterprise_frame p where year = "
                  + (year - 1)
                  + " and not exists (select 1 from enterprise_frame f where f.year = p.year + 1"
                  + " and f.enterprise_id = p.enterprise_id)");
      assertThat(entered).as("entered in %d", year).isGreaterThan(300);
      assertThat(left).as("left after %d", year - 1).isGreaterThan(300);
    }
  }

  @Test
  void some_firms_belong_to_two_clusters_and_some_industry_is_outside_every_cluster() {
    LocalDate end = LocalDate.of(2025, 12, 31);
    long shared =
        count(
            "select count(*) from (select enterprise_id from membership where valid_from <= '"
                + end
                + "' and (valid_to is null or valid_to >= '"
                + end
                + "') group by enterprise_id having count(distinct cluster_id) > 1) s");
    long outside =
        count(
            "select count(*) from enterprise_frame f where year = 2025 and not exists (select 1"
                + " from membership m where m.enterprise_id = f.enterprise_id)");
    assertThat(shared).isGreaterThan(100);
    assertThat(outside).isGreaterThan(3000);
  }

  @Test
  void naive_growth_differs_from_comparable_growth_by_at_least_one_point() {
    ReportingPeriod y2025 = ReportingPeriod.annual(2025);
    ReportingPeriod y2024 = ReportingPeriod.annual(2024);
    Aggregate now =
        indicators.union(clusters.holdersOn(DesignationKind.PROVINCIAL, y2025.endDate()), y2025);
    Aggregate before =
        indicators.union(clusters.holdersOn(DesignationKind.PROVINCIAL, y2024.endDate()), y2024);
    BigDecimal naive =
        now.revenue()
            .wan()
            .divide(before.revenue().wan(), MathContext.DECIMAL64)
            .subtract(BigDecimal.ONE)
            .movePointRight(2);
    BigDecimal comparable = now.revenueGrowthPct().orElseThrow();
    assertThat(comparable.subtract(naive).abs()).isGreaterThanOrEqualTo(BigDecimal.ONE);
  }

  @Test
  void the_register_had_136_provincial_clusters_in_2023_and_118_after_the_2024_exits() {
    assertThat(clusters.holdersOn(DesignationKind.PROVINCIAL, LocalDate.of(2023, 12, 31)))
        .hasSize(136);
    assertThat(clusters.holdersOn(DesignationKind.PROVINCIAL, LocalDate.of(2024, 12, 31)))
        .hasSize(118);
  }

  @Test
  void everything_the_generator_made_is_marked_as_demo_data() {
    assertThat(count("select count(*) from cluster where not demo")).isZero();
    assertThat(count("select count(*) from enterprise where not demo")).isZero();
    assertThat(
            jdbc.sql("select value from dataset_fact where key = 'demo'")
                .query(String.class)
                .single())
        .isEqualTo("true");
  }

  @Test
  void every_enterprise_reports_all_six_indicators_for_every_month_of_its_frame_years() {
    assertThat(
            count(
                "select count(*) from (select year, enterprise_id, count(*) as n from report group"
                    + " by year, enterprise_id) r full join enterprise_frame f using (year,"
                    + " enterprise_id) where r.n is distinct from 72"))
        .isZero();
  }

  @Test
  void the_same_period_last_year_equals_what_the_firm_reported_a_year_earlier() {
    assertThat(
            count(
                "select count(*) from report r join report p on p.enterprise_id = r.enterprise_id and"
                    + " p.indicator_id = r.indicator_id and p.month = r.month and p.year = r.year - 1"
                    + " where r.year = 2025 and r.same_period_last_year <> p.value"))
        .isZero();
  }

  @Test
  void the_same_seed_always_generates_the_same_province() {
    DemoProvince first =
        new DemoGenerator(20260318L, new DemoGeography(regions), DemoCalibration.PUBLISHED_2025)
            .generate();
    DemoProvince second =
        new DemoGenerator(20260318L, new DemoGeography(regions), DemoCalibration.PUBLISHED_2025)
            .generate();
    assertThat(second.enterprises()).isEqualTo(first.enterprises());
    assertThat(second.memberships()).isEqualTo(first.memberships());
    for (int i = 0; i < first.firms().size(); i += 997) {
      assertThat(second.firms().get(i).revenue).containsExactly(first.firms().get(i).revenue);
      assertThat(second.firms().get(i).profit).containsExactly(first.firms().get(i).profit);
    }
  }
}
