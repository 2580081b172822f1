package org.clusteratlas.explore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;

/**
 * How the pages write numbers, in the reader's language: digit grouping of the locale, amounts in
 * 亿元 to one decimal, percentages to one decimal, a dash for a missing value. It only writes what
 * the query layer computed; it never computes a figure. A headline figure is written with the
 * rounding of the published bulletin (revenue in 万亿元 to one decimal, profit in whole 亿元).
 */
final class PageFormat {

  /** What the pages write for a missing value. */
  static final String DASH = "—";

  private static final Set<String> WHOLE = Set.of("cluster_profit");
  private static final BigDecimal GROUPED_FROM = BigDecimal.valueOf(10_000);

  private final Locale locale;

  PageFormat(Locale locale) {
    this.locale = locale;
  }

  /** The dash written for a missing value. */
  public String dash() {
    return DASH;
  }

  /** An amount in 亿元 (or any one-decimal figure), e.g. {@code 1,234.5}. */
  public String yi(BigDecimal value) {
    return decimals(value, 1);
  }

  /** A member's amount in 亿元 to two decimals. */
  public String yi2(BigDecimal value) {
    return decimals(value, 2);
  }

  /** A percentage to one decimal, without the sign {@code %}. */
  public String pct(BigDecimal value) {
    return decimals(value, 1);
  }

  /** A count or a whole number. */
  public String count(Number value) {
    if (value == null) {
      return DASH;
    }
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /**
   * A headline figure of the bulletin as it is published: profit in whole 亿元, counts whole, every
   * other figure (revenue in 万亿元, percentages) to one decimal; digits grouped from five digits on,
   * as the bulletin writes them (1793亿元, GB/T 15835).
   */
  public String headline(String key, BigDecimal exact) {
    if (exact == null) {
      return DASH;
    }
    int digits = WHOLE.contains(key) || isCount(key) ? 0 : 1;
    NumberFormat format = format(digits);
    format.setGroupingUsed(exact.abs().compareTo(GROUPED_FROM) >= 0);
    return format.format(exact.setScale(digits, RoundingMode.HALF_UP));
  }

  /** The exact value of a figure, all its digits, for a tooltip. */
  public String exact(BigDecimal exact) {
    if (exact == null) {
      return DASH;
    }
    return format(Math.max(0, exact.stripTrailingZeros().scale())).format(exact);
  }

  /** A year or another number written without digit grouping. */
  public String plain(Number value) {
    return value == null ? DASH : value.toString();
  }

  /** Whether the figure {@code key} counts clusters (and so is written as a whole number). */
  static boolean isCount(String key) {
    return !key.endsWith("_pct") && !key.equals("cluster_revenue") && !key.equals("cluster_profit");
  }

  private String decimals(BigDecimal value, int digits) {
    if (value == null) {
      return DASH;
    }
    return format(digits).format(value.setScale(digits, RoundingMode.HALF_UP));
  }

  private NumberFormat format(int digits) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
