package org.clusteratlas.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in 万元 (10⁴ yuan), the unit of enterprise reports, held exactly with at most two
 * decimals (1 yuan would need four; reports carry at most 0.01 万元 = 100 yuan). Amounts may be
 * negative (profit).
 *
 * @param wan the amount in 万元
 */
public record Money(BigDecimal wan) implements Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  public Money {
    if (wan == null) {
      throw new RuleViolation("money.missing", "null");
    }
    if (wan.stripTrailingZeros().scale() > 2) {
      throw new RuleViolation("money.scale", wan.toPlainString());
    }
    wan = wan.setScale(2, RoundingMode.UNNECESSARY);
  }

  public static Money ofWan(String wan) {
    return new Money(new BigDecimal(wan));
  }

  /** 亿元 = 10⁴ 万元 = 10⁸ yuan. */
  public static Money ofYi(long yi) {
    return new Money(BigDecimal.valueOf(yi).multiply(TEN_THOUSAND));
  }

  public Money plus(Money other) {
    return new Money(wan.add(other.wan));
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /** The amount in 亿元, exact. */
  public BigDecimal yi() {
    return wan.divide(TEN_THOUSAND);
  }

  /** The amount in 万亿元, exact. */
  public BigDecimal wanYi() {
    return wan.divide(HUNDRED_MILLION);
  }

  @Override
  public int compareTo(Money other) {
    return wan.compareTo(other.wan);
  }

  @Override
  public String toString() {
    return wan.toPlainString() + " 万元";
  }
}
