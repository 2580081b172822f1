package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * A part's share of a whole, in percent: {@code share = part / whole × 100}, e.g. the clusters'
 * revenue as a share of the province's above-designated-size industrial revenue.
 *
 * <p>Unit: percent, unrounded (16 significant digits). Missing data: a missing part or whole, or a
 * whole that is zero or negative, gives empty.
 */
public final class Share {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Share() {}

  public static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64));
  }
}
