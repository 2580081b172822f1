package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import org.clusteratlas.shared.Money;

/**
 * Sums of enterprise reports over one set of enterprises and one period, in 万元.
 *
 * @param revenue Σ 营业收入 of every enterprise counted
 * @param revenueComparable Σ 营业收入 of those that reported both values
 * @param revenueComparableLastYear their Σ 营业收入 of the same period last year
 * @param profit Σ 利润总额
 * @param profitComparable Σ 利润总额 of those that reported both values
 * @param profitComparableLastYear their Σ 利润总额 of the same period last year
 * @param enterprises how many enterprises were counted
 * @param dataVersion the data version of the reports summed (see {@code ReportStore})
 */
public record Aggregate(
    Money revenue,
    BigDecimal revenueComparable,
    BigDecimal revenueComparableLastYear,
    Money profit,
    BigDecimal profitComparable,
    BigDecimal profitComparableLastYear,
    int enterprises,
    long dataVersion) {

  /** The sums over no enterprise. */
  public static Aggregate none(long dataVersion) {
    return new Aggregate(
        Money.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        Money.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        0,
        dataVersion);
  }

  public Optional<BigDecimal> revenueGrowthPct() {
    return ComparableGrowth.percent(revenueComparable, revenueComparableLastYear);
  }

  public Optional<BigDecimal> profitGrowthPct() {
    return ComparableGrowth.percent(profitComparable, profitComparableLastYear);
  }

  public RevenueTier tier() {
    return RevenueTier.of(revenue);
  }
}
