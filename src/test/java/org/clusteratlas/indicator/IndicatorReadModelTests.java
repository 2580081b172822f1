package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.enterprise.Enterprise;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.enterprise.Membership;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Money;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.statistics.EnterpriseReport;
import org.clusteratlas.statistics.IndicatorCode;
import org.clusteratlas.statistics.ReportStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model on a hand-made fixture, figures worked out by hand (万元, 2025 annual):
 *
 * <pre>
 * firm    clusters  frame 2025  revenue (last year)  profit (last year)
 * SHARED  A, B      yes         1000 (800)           100 (80)
 * A_ONLY  A         yes          500 (—)              50 (40)
 * OUT     A         no          9000 (9000)          900 (900)   not above scale in 2025
 * LEFT    B         yes         7000 (7000)          700 (700)   membership ended 2025-12-30
 * B_ONLY  B         yes          300 (250)          -20 (10)
 * </pre>
 *
 * A = SHARED + A_ONLY: revenue 1500; growth over firms with both values = 1000/800 − 1 = 25%. B =
 * SHARED + B_ONLY: revenue 1300; growth = 1300/1050 − 1 = 23.8095…%; profit 80, growth over 90 =
 * −11.11…%. A ∪ B counts SHARED once: revenue 1800, growth (1000+300)/(800+250) − 1.
 */
@AtlasIntegrationTest
@Transactional
class IndicatorReadModelTests {

  private static final ReportingPeriod PERIOD = ReportingPeriod.annual(2025);
  private static final CreditCode SHARED = CreditCode.withCheckCharacter("91360681MA3TF0001");
  private static final CreditCode A_ONLY = CreditCode.withCheckCharacter("91360681MA3TF0002");
  private static final CreditCode OUT = CreditCode.withCheckCharacter("91360681MA3TF0003");
  private static final CreditCode LEFT = CreditCode.withCheckCharacter("91360681MA3TF0004");
  private static final CreditCode B_ONLY = CreditCode.withCheckCharacter("91360681MA3TF0005");

  @Autowired ClusterRegister clusters;
  @Autowired EnterpriseRegister enterprises;
  @Autowired ReportStore reports;
  @Autowired IndicatorReadModel readModel;

  private ClusterId a;
  private ClusterId b;

  @BeforeEach
  void fixture() {
    a = cluster("测试读模型甲产业集群");
    b = cluster("测试读模型乙产业集群");
    firm(SHARED, true, "1000", "800", "100", "80", a, b);
    firm(A_ONLY, true, "500", null, "50", "40", a);
    firm(OUT, false, "9000", "9000", "900", "900", a);
    firm(LEFT, true, "7000", "7000", "700", "700");
    enterprises.join(new Membership(b, LEFT, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 30)));
    firm(B_ONLY, true, "300", "250", "-20", "10", b);
  }

  @Test
  void a_cluster_counts_its_members_on_the_last_day_that_are_in_the_years_frame() {
    Aggregate figures = readModel.byCluster(PERIOD).get(a).figures();
    assertThat(figures.enterprises()).isEqualTo(2);
    assertThat(figures.revenue()).isEqualTo(Money.ofWan("1500"));
    assertThat(figures.profit()).isEqualTo(Money.ofWan("150"));
  }

  @Test
  void growth_leaves_out_a_firm_without_last_years_value() {
    assertThat(readModel.byCluster(PERIOD).get(a).figures().revenueGrowthPct())
        .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("25"));
  }

  @Test
  void a_member_that_left_before_the_periods_end_is_not_counted() {
    Aggregate figures = readModel.byCluster(PERIOD).get(b).figures();
    assertThat(figures.revenue()).isEqualTo(Money.ofWan("1300"));
    assertThat(figures.profit()).isEqualTo(Money.ofWan("80"));
    assertThat(figures.profitGrowthPct().orElseThrow())
        .isEqualByComparingTo(new BigDecimal("-11.11111111111111"));
  }

  @Test
  void a_set_of_clusters_counts_a_shared_member_once() {
    Aggregate union = readModel.union(List.of(a, b), PERIOD);
    assertThat(union.enterprises()).isEqualTo(3);
    assertThat(union.revenue()).isEqualTo(Money.ofWan("1800"));
    assertThat(union.revenueComparable()).isEqualByComparingTo("1300");
    assertThat(union.revenueComparableLastYear()).isEqualByComparingTo("1050");
  }

  @Test
  void the_province_counts_every_firm_of_the_frame_once_whether_member_or_not() {
    Aggregate before = readModel.province(PERIOD);
    CreditCode loner = CreditCode.withCheckCharacter("91360681MA3TF0006");
    firm(loner, true, "42", "40", "1", "1");
    Aggregate after = readModel.province(PERIOD);
    assertThat(after.enterprises()).isEqualTo(before.enterprises() + 1);
    assertThat(after.revenue()).isEqualTo(before.revenue().plus(Money.ofWan("42")));
  }

  @Test
  void the_figures_as_of_an_earlier_version_are_those_computed_before_a_revision() {
    long before = readModel.currentVersion();
    Map<ClusterId, ClusterFigures> clustersBefore = readModel.byCluster(PERIOD);
    Aggregate unionBefore = readModel.union(List.of(a, b), PERIOD);
    Aggregate provinceBefore = readModel.province(PERIOD);

    reports.record(
        new EnterpriseReport(
            SHARED, PERIOD, IndicatorCode.REVENUE, new BigDecimal("1100"), new BigDecimal("800")),
        Actor.provinceAdministrator("test"),
        "企业更正营业收入");

    assertThat(readModel.byCluster(PERIOD, before)).isEqualTo(clustersBefore);
    assertThat(readModel.union(List.of(a, b), PERIOD, before)).isEqualTo(unionBefore);
    assertThat(readModel.province(PERIOD, before)).isEqualTo(provinceBefore);
    assertThat(readModel.byCluster(PERIOD).get(a).figures().revenue())
        .isEqualTo(Money.ofWan("1600"));
    assertThat(readModel.byCluster(PERIOD).get(b).figures().revenue())
        .isEqualTo(Money.ofWan("1400"));
  }

  @Test
  void every_result_carries_the_data_version_it_was_computed_from() {
    long before = readModel.currentVersion();
    long revision =
        reports
            .record(
                new EnterpriseReport(
                    A_ONLY, PERIOD, IndicatorCode.REVENUE, new BigDecimal("600"), null),
                Actor.provinceAdministrator("test"),
                "企业更正营业收入")
            .orElseThrow();

    assertThat(readModel.byCluster(PERIOD).values())
        .allSatisfy(f -> assertThat(f.dataVersion()).isEqualTo(revision));
    assertThat(readModel.union(List.of(a), PERIOD).dataVersion()).isEqualTo(revision);
    assertThat(readModel.province(PERIOD, before).dataVersion()).isEqualTo(before);
    assertThat(readModel.byCluster(PERIOD, before).get(a).figures().revenue())
        .isEqualTo(Money.ofWan("1500"));
    assertThat(readModel.byCluster(PERIOD, revision).get(a).figures().revenue())
        .isEqualTo(Money.ofWan("1600"));
  }

  @Test
  void a_composition_counts_the_members_and_their_flags_and_lists_their_revenues_largest_first() {
    CreditCode flagged = CreditCode.withCheckCharacter("91360681MA3TF0007");
    enterprises.register(
        new Enterprise(
            flagged,
            "测试企业小巨人",
            new RegionCode("360681"),
            new IndustryCode("32"),
            true,
            true,
            true,
            false));
    enterprises.addToFrame(flagged, 2025);
    enterprises.join(new Membership(b, flagged, LocalDate.of(2020, 1, 1), null));

    Map<ClusterId, ClusterComposition> compositions =
        readModel.compositions(PERIOD, readModel.currentVersion());

    // B: SHARED 1000, B_ONLY 300 and the flagged firm, which has not reported; LEFT has left
    ClusterComposition composition = compositions.get(b);
    assertThat(composition.members()).isEqualTo(3);
    assertThat(composition.figures()).isEqualTo(readModel.byCluster(PERIOD).get(b).figures());
    assertThat(composition.specialised()).isEqualTo(1);
    assertThat(composition.littleGiants()).isEqualTo(1);
    assertThat(composition.highTech()).isEqualTo(1);
    assertThat(composition.memberRevenues())
        .containsExactly(new BigDecimal("1000.00"), new BigDecimal("300.00"));
    // 1 of 3 members; the four largest are all of them
    assertThat(composition.littleGiantSharePct().orElseThrow())
        .isEqualByComparingTo("33.33333333333333");
    assertThat(composition.top4SharePct()).contains(new BigDecimal("100.00"));
    // A: SHARED and A_ONLY; OUT is not in the frame
    assertThat(compositions.get(a).memberRevenues())
        .containsExactly(new BigDecimal("1000.00"), new BigDecimal("500.00"));
    assertThat(compositions.get(a).specialisedSharePct().orElseThrow()).isEqualByComparingTo("0");
  }

  @Test
  void the_three_year_growth_runs_over_the_members_that_reported_both_years() {
    // SHARED reported 800 for 2022, A_ONLY nothing: A's comparable sums are 1000 now, 800 then
    reports.record(
        new EnterpriseReport(
            SHARED,
            ReportingPeriod.annual(2022),
            IndicatorCode.REVENUE,
            new BigDecimal("800"),
            null),
        Actor.provinceAdministrator("test"),
        "test");

    ClusterComposition composition =
        readModel.compositions(PERIOD, readModel.currentVersion()).get(a);

    assertThat(composition.revenueComparable3y()).isEqualByComparingTo("1000");
    assertThat(composition.revenueThreeYearsEarlier()).isEqualByComparingTo("800");
    // (1000 / 800)^(1/3) − 1 = 1.25^(1/3) − 1 = 7.7217…%
    assertThat(composition.revenueCagr3yPct().orElseThrow())
        .isEqualByComparingTo("7.721734501594186");
    assertThat(readModel.compositions(PERIOD, readModel.currentVersion()).get(b).revenueCagr3yPct())
        .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("7.721734501594186"));
  }

  @Test
  void a_composition_as_of_an_earlier_version_lists_the_revenues_before_a_revision() {
    long before = readModel.currentVersion();

    reports.record(
        new EnterpriseReport(
            SHARED, PERIOD, IndicatorCode.REVENUE, new BigDecimal("1100"), new BigDecimal("800")),
        Actor.provinceAdministrator("test"),
        "企业更正营业收入");

    ClusterComposition then = readModel.compositions(PERIOD, before).get(a);
    ClusterComposition now = readModel.compositions(PERIOD, readModel.currentVersion()).get(a);
    assertThat(then.memberRevenues())
        .containsExactly(new BigDecimal("1000.00"), new BigDecimal("500.00"));
    assertThat(then.dataVersion()).isEqualTo(before);
    assertThat(now.memberRevenues())
        .containsExactly(new BigDecimal("1100.00"), new BigDecimal("500.00"));
  }

  @Test
  void a_version_after_the_current_one_is_refused_as_unknown() {
    long next = readModel.currentVersion() + 1;

    assertThatThrownBy(() -> readModel.province(PERIOD, next))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("data-version.unknown"));
  }

  private ClusterId cluster(String name) {
    return clusters.register(
        new Cluster(
            null, name, List.of(ClusterHost.parse("360681")), "32", null, null, false, List.of()));
  }

  private void firm(
      CreditCode code,
      boolean inFrame,
      String revenue,
      String revenueLastYear,
      String profit,
      String profitLastYear,
      ClusterId... memberOf) {
    enterprises.register(
        new Enterprise(
            code,
            "测试企业" + code.value().substring(14),
            new RegionCode("360681"),
            new IndustryCode("32"),
            false,
            false,
            false,
            false));
    if (inFrame) {
      enterprises.addToFrame(code, 2025);
    }
    for (ClusterId cluster : memberOf) {
      enterprises.join(new Membership(cluster, code, LocalDate.of(2020, 1, 1), null));
    }
    reports.record(
        new EnterpriseReport(
            code, PERIOD, IndicatorCode.REVENUE, amount(revenue), amount(revenueLastYear)),
        Actor.provinceAdministrator("test"),
        "test");
    reports.record(
        new EnterpriseReport(
            code, PERIOD, IndicatorCode.PROFIT, amount(profit), amount(profitLastYear)),
        Actor.provinceAdministrator("test"),
        "test");
  }

  private static BigDecimal amount(String wan) {
    return wan == null ? null : new BigDecimal(wan);
  }
}
