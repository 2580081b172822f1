package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.indicator.Aggregate;
import org.clusteratlas.indicator.ClusterComposition;
import org.clusteratlas.shared.Money;
import org.clusteratlas.shared.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * Each statistic of one made-up cluster, worked by hand (万元 in, 亿元 and percent out): 2025 revenue
 * 1,331,000 (133.1 亿), of which 1,200,000 comparable against 1,000,000 last year; profit 66,550, of
 * which 60,000 comparable against 50,000; all five members reported in 2022 too, 1,000,000 in all;
 * five members with revenues 600,000, 400,000, 200,000, 100,000 and 31,000, two of them 专精特新 (one a
 * 小巨人), three high-tech.
 */
class StatisticTest {

  private static final ClusterId CLUSTER = new ClusterId(7);

  static Aggregate aggregate(
      String revenue,
      String comparable,
      String comparableLastYear,
      String profit,
      String profitComparable,
      String profitLastYear,
      int enterprises) {
    return new Aggregate(
        Money.ofWan(revenue),
        new BigDecimal(comparable),
        new BigDecimal(comparableLastYear),
        Money.ofWan(profit),
        new BigDecimal(profitComparable),
        new BigDecimal(profitLastYear),
        enterprises,
        1);
  }

  private static ClusterComposition composition(
      Aggregate year,
      int specialised,
      int giants,
      int highTech,
      List<BigDecimal> revenues,
      String comparable3y,
      String earlier) {
    return new ClusterComposition(
        CLUSTER,
        ReportingPeriod.annual(2025),
        year,
        specialised,
        giants,
        highTech,
        revenues,
        new BigDecimal(comparable3y),
        new BigDecimal(earlier));
  }

  private static final ClusterRecords RECORDS =
      new ClusterRecords(
          composition(
              aggregate("1331000", "1200000", "1000000", "66550", "60000", "50000", 5),
              2,
              1,
              3,
              List.of(
                  new BigDecimal("600000"),
                  new BigDecimal("400000"),
                  new BigDecimal("200000"),
                  new BigDecimal("100000"),
                  new BigDecimal("31000")),
              "1331000",
              "1000000"));

  private static Map<Statistic, String> values(ClusterRecords records) {
    Map<Statistic, String> values = new EnumMap<>(Statistic.class);
    for (Statistic s : Statistic.values()) {
      values.put(s, s.value(records).map(BigDecimal::toPlainString).orElse("missing"));
    }
    return values;
  }

  @Test
  void every_statistic_of_the_worked_cluster_to_four_decimals() {
    assertThat(values(RECORDS))
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                // 1,331,000 万元 = 133.1 亿元
                Map.entry(Statistic.REVENUE, "133.1000"),
                // 1,200,000 / 1,000,000 − 1 = 20 %
                Map.entry(Statistic.REVENUE_GROWTH, "20.0000"),
                // (1,331,000 / 1,000,000)^(1/3) − 1 = 1.1 − 1 = 10 %
                Map.entry(Statistic.REVENUE_CAGR_3Y, "10.0000"),
                // 66,550 万元 = 6.655 亿元
                Map.entry(Statistic.PROFIT, "6.6550"),
                // 66,550 / 1,331,000 = 5 %
                Map.entry(Statistic.PROFIT_MARGIN, "5.0000"),
                // 60,000 / 50,000 − 1 = 20 %
                Map.entry(Statistic.PROFIT_GROWTH, "20.0000"),
                Map.entry(Statistic.MEMBER_COUNT, "5.0000"),
                // (600,000 + 400,000 + 200,000 + 100,000) / 1,331,000 = 97.67 % (two decimals)
                Map.entry(Statistic.TOP4_SHARE, "97.6700"),
                // 2 of 5, 1 of 5, 3 of 5
                Map.entry(Statistic.SPECIALISED_SHARE, "40.0000"),
                Map.entry(Statistic.LITTLE_GIANT_SHARE, "20.0000"),
                Map.entry(Statistic.HIGH_TECH_SHARE, "60.0000")));
  }

  @Test
  void a_cluster_without_members_in_the_frame_has_every_statistic_missing_but_a_count_of_0() {
    Map<Statistic, String> values = values(ClusterRecords.none());

    assertThat(values.get(Statistic.MEMBER_COUNT)).isEqualTo("0.0000");
    values.remove(Statistic.MEMBER_COUNT);
    assertThat(values.values()).containsOnly("missing");
  }

  @Test
  void without_reports_three_years_before_the_compound_growth_is_missing() {
    ClusterComposition c = RECORDS.composition();
    ClusterRecords recent =
        new ClusterRecords(
            composition(
                c.figures(),
                c.specialised(),
                c.littleGiants(),
                c.highTech(),
                c.memberRevenues(),
                "0",
                "0"));

    assertThat(Statistic.REVENUE_CAGR_3Y.value(recent)).isEmpty();
    assertThat(Statistic.REVENUE.value(recent)).isPresent();
  }

  @Test
  void profit_growth_over_a_loss_last_year_is_missing_and_a_loss_gives_a_negative_margin() {
    ClusterRecords loss =
        new ClusterRecords(
            composition(
                aggregate("1000", "1000", "900", "-50", "-50", "-10", 2),
                0,
                0,
                0,
                List.of(),
                "0",
                "0"));

    assertThat(Statistic.PROFIT_GROWTH.value(loss)).isEmpty();
    assertThat(Statistic.PROFIT_MARGIN.value(loss)).contains(new BigDecimal("-5.0000"));
    assertThat(Statistic.TOP4_SHARE.value(loss)).isEmpty();
  }

  @Test
  void statistics_are_named_in_schemes_by_code_with_their_unit() {
    assertThat(Statistic.ofCode("revenue_cagr_3y")).contains(Statistic.REVENUE_CAGR_3Y);
    assertThat(Statistic.ofCode("turnover")).isEmpty();
    assertThat(Statistic.REVENUE.unit()).isEqualTo("亿元");
    assertThat(Statistic.MEMBER_COUNT.unit()).isEqualTo("家");
  }
}
