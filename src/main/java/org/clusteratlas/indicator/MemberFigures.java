package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import org.clusteratlas.shared.Money;

/**
 * One member enterprise's report for a period, as summed into its cluster's figures.
 *
 * @param regionCode the GB/T 2260 code of the county the enterprise is located in
 * @param revenueLastYear 营业收入 of the same period last year, null when not reported
 */
public record MemberFigures(
    int enterpriseId,
    String creditCode,
    String name,
    String regionCode,
    Money revenue,
    BigDecimal revenueLastYear,
    Money profit) {

  /** Comparable growth of this one enterprise's revenue, empty without last year's value. */
  public Optional<BigDecimal> revenueGrowthPct() {
    return revenueLastYear == null
        ? Optional.empty()
        : ComparableGrowth.percent(revenue.wan(), revenueLastYear);
  }
}
