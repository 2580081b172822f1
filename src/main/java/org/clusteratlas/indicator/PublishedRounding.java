package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding of published figures (published-2025.json): revenue in 万亿元 to one decimal, profit in
 * whole 亿元, percentages to one decimal; half up, as statistical bulletins round.
 */
public final class PublishedRounding {

  private PublishedRounding() {}

  public static BigDecimal oneDecimal(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP);
  }

  public static BigDecimal whole(BigDecimal value) {
    return value.setScale(0, RoundingMode.HALF_UP);
  }
}
