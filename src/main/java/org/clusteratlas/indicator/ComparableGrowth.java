package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Growth on a comparable basis (可比口径), in percent:
 *
 * <pre>growth = (Σ this period / Σ same period last year − 1) × 100</pre>
 *
 * where both sums run over the same enterprises: those in <em>this</em> period's frame (and, for a
 * cluster, its membership) that reported both values. It is not this year's published total over
 * last year's published total, which differ because the frame changes every year.
 *
 * <p>Unit: percent, unrounded (16 significant digits). Missing data: an enterprise lacking either
 * value is left out of both sums. When the last-year sum is zero or negative (or there is no
 * enterprise) growth is undefined and {@link #percent} returns empty — a growth rate over a
 * non-positive base means nothing.
 */
public final class ComparableGrowth {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ComparableGrowth() {}

  public static Optional<BigDecimal> percent(BigDecimal thisPeriod, BigDecimal samePeriodLastYear) {
    if (thisPeriod == null || samePeriodLastYear == null || samePeriodLastYear.signum() <= 0) {
      return Optional.empty();
    }
    // (this − last) × 100 / last: exact until the one division, so the growth keeps the sign of
    // this − last and its own 16 significant digits (the ratio's 16 digits lose small growths)
    return Optional.of(
        thisPeriod
            .subtract(samePeriodLastYear)
            .multiply(HUNDRED)
            .divide(samePeriodLastYear, MathContext.DECIMAL64));
  }
}
