package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Profit margin (营业收入利润率), in percent:
 *
 * <pre>margin = Σ 利润总额 / Σ 营业收入 × 100</pre>
 *
 * over the same enterprises and period (both in 万元).
 *
 * <p>Unit: percent, unrounded (16 significant digits); negative when the profit is a loss. Missing
 * and zero data: a missing profit or revenue, or a revenue that is zero or negative, gives empty —
 * there is no margin on no revenue.
 */
public final class ProfitMargin {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ProfitMargin() {}

  public static Optional<BigDecimal> percent(BigDecimal profit, BigDecimal revenue) {
    if (profit == null || revenue == null || revenue.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(profit.multiply(HUNDRED).divide(revenue, MathContext.DECIMAL64));
  }
}
