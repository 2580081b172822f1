package org.clusteratlas.selfreport;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * What kind of value a self-report field holds, and so which values its hard check refuses. Every
 * value is a decimal number as typed, never rounded; the scale is the most decimals accepted.
 */
public enum FieldType {
  /** A number of things (projects, platforms, firms, accidents): a whole number, at least 0. */
  COUNT(0, BigDecimal.ZERO, null),
  /** An amount of money (万元 or 亿元, as the field says): at least 0, up to four decimals. */
  AMOUNT(4, BigDecimal.ZERO, null),
  /** A share in per cent: 0 to 100, up to two decimals. */
  PERCENT(2, BigDecimal.ZERO, new BigDecimal("100")),
  /** A change in per cent (a decline may be negative): −100 to 100, up to two decimals. */
  PERCENT_CHANGE(2, new BigDecimal("-100"), new BigDecimal("100")),
  /** A measure other than money (万元 per 亩, km²): at least 0, up to four decimals. */
  DECIMAL(4, BigDecimal.ZERO, null),
  /**
   * A stage on a scale of whole steps, 0 to the field's highest (e.g. 0 none, 1 set up, 2 working).
   */
  STAGE(0, BigDecimal.ZERO, null),
  /** Yes (1) or no (0). */
  YES_NO(0, BigDecimal.ZERO, BigDecimal.ONE);

  private final int scale;
  private final BigDecimal min;
  private final BigDecimal max;

  FieldType(int scale, BigDecimal min, BigDecimal max) {
    this.scale = scale;
    this.min = min;
    this.max = max;
  }

  /** The most decimals a value of this type may have. */
  public int scale() {
    return scale;
  }

  /** The least value accepted. */
  public BigDecimal min() {
    return min;
  }

  /** The greatest value accepted, or null when unbounded (a stage's is its field's). */
  public BigDecimal max() {
    return max;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
