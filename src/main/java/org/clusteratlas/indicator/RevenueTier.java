package org.clusteratlas.indicator;

import org.clusteratlas.shared.Money;

/**
 * A cluster's revenue tier ("千亿引领、百亿支撑"): over 1000亿, over 500亿, over 100亿 yuan of annual operating
 * revenue, or below. "Over" is strictly greater: exactly 1000亿 is in the 500亿 tier. Tier counts are
 * cumulative — a cluster over 1000亿 is also counted over 500亿 and over 100亿 — which {@link
 * #isAtLeast} expresses.
 *
 * <p>Unit: revenue in 万元 (1亿 = 10⁴ 万元). Missing data: a cluster with no revenue is {@link #BELOW}.
 */
public enum RevenueTier {
  OVER_100BN("over_100bn", Money.ofYi(1000)),
  OVER_50BN("over_50bn", Money.ofYi(500)),
  OVER_10BN("over_10bn", Money.ofYi(100)),
  BELOW("below", Money.ZERO);

  private final String code;
  private final Money threshold;

  RevenueTier(String code, Money threshold) {
    this.code = code;
    this.threshold = threshold;
  }

  public String code() {
    return code;
  }

  /** The amount a revenue must exceed to be in this tier (zero for {@link #BELOW}). */
  public Money threshold() {
    return threshold;
  }

  public static RevenueTier of(Money revenue) {
    if (revenue == null) {
      return BELOW;
    }
    for (RevenueTier tier : values()) {
      if (tier != BELOW && revenue.isGreaterThan(tier.threshold)) {
        return tier;
      }
    }
    return BELOW;
  }

  /** True if this tier is {@code other} or above it (OVER_100BN is at least OVER_10BN). */
  public boolean isAtLeast(RevenueTier other) {
    return ordinal() <= other.ordinal();
  }
}
