package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Compound annual growth rate (年均增长率, CAGR), in percent:
 *
 * <pre>CAGR = ((last / first)^(1 / years) − 1) × 100</pre>
 *
 * e.g. a revenue of 100 three years ago and 133.1 now grew 10% a year. For a cluster both sums run
 * over the same enterprises, as {@link ComparableGrowth}'s do: its members in this period's frame
 * that reported both values ({@link ClusterComposition#revenueCagr3yPct}).
 *
 * <p>Unit: percent, 16 significant digits; computed without floating point (the root by Newton's
 * method in 34-digit decimals), so the same inputs give the same digits on every machine. Missing
 * and zero data: a missing value, a first value that is zero or negative, or a negative last value
 * gives empty (no rate of growth from nothing); a last value of zero gives −100.
 */
public final class CompoundGrowth {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MathContext WORK = MathContext.DECIMAL128;
  private static final BigDecimal CONVERGED = new BigDecimal("1E-30");
  private static final int MAX_STEPS = 2_000;

  private CompoundGrowth() {}

  public static Optional<BigDecimal> percent(BigDecimal first, BigDecimal last, int years) {
    if (years < 1) {
      throw new IllegalArgumentException("years must be at least 1: " + years);
    }
    if (first == null || last == null || first.signum() <= 0 || last.signum() < 0) {
      return Optional.empty();
    }
    BigDecimal root = root(last.divide(first, WORK), years);
    return Optional.of(
        root.subtract(BigDecimal.ONE).multiply(HUNDRED).round(MathContext.DECIMAL64));
  }

  /**
   * The {@code n}-th root of {@code r} ≥ 0 by Newton's method from max(1, r), which lies above the
   * root, so the steps fall monotonically onto it.
   */
  static BigDecimal root(BigDecimal r, int n) {
    if (r.signum() == 0 || n == 1) {
      return r;
    }
    BigDecimal x = r.max(BigDecimal.ONE);
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal countLess = BigDecimal.valueOf(n - 1L);
    for (int step = 0; step < MAX_STEPS; step++) {
      BigDecimal next =
          countLess.multiply(x).add(r.divide(x.pow(n - 1, WORK), WORK)).divide(count, WORK);
      if (next.subtract(x).abs().compareTo(CONVERGED) < 0) {
        return next;
      }
      x = next;
    }
    return x;
  }
}
