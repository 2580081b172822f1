package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the evaluation pages write numbers in the reader's language: scores and points to two
 * decimals (as stored), raw values with the digits they have (at most four), a dash for a missing
 * value. It only writes; every number comes from the stored run.
 */
public final class PageNumbers {

  static final String DASH = "—";

  private final Locale locale;

  PageNumbers(Locale locale) {
    this.locale = locale;
  }

  /** A score, points or a weight to two decimals. */
  public String two(BigDecimal value) {
    return value == null ? DASH : format(2, 2).format(value.setScale(2, RoundingMode.HALF_UP));
  }

  /** A raw value or a weight with its own digits, at most four decimals. */
  public String raw(BigDecimal value) {
    return value == null ? DASH : format(0, 4).format(value);
  }

  /** A whole number. */
  public String count(Number value) {
    return value == null ? DASH : NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** The stars as shown, e.g. ★★★★; a dash for none. */
  public String stars(int stars) {
    return stars == 0 ? DASH : Stars.symbols(stars);
  }

  private NumberFormat format(int min, int max) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(min);
    format.setMaximumFractionDigits(max);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
