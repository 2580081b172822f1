package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a reason writes the numbers it quotes: amounts in 亿元 and percentages to one decimal, half up,
 * as the platform displays them (DOMAIN.md §4); plain digits, so both languages read them.
 */
final class Figures {

  private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

  private Figures() {}

  /** An amount of 万元 in 亿元, one decimal: 382000 → “38.2”. */
  static String yi(BigDecimal wan) {
    return wan.divide(WAN_PER_YI).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** A percentage, one decimal. */
  static String pct(BigDecimal pct) {
    return pct.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** A threshold as written in the criteria: no trailing zeros (“70”, “0.5”). */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
